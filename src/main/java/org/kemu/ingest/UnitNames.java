package org.kemu.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether two names a department's own files print are the same unit: the full and the short forms of party, people's
 * congress and consultative bodies (中国共产党江苏省委员会办公厅, 中共江苏省委办公厅 and 江苏省委办公厅 are one
 * office), spaces and brackets aside.
 */
final class UnitNames {

    /** Long form → short form, applied in order. */
    private static final Map<String, String> SHORT_FORMS = shortForms();

    private UnitNames() {
    }

    /** The form two names of one unit share. */
    static String key(String name) {
        var key = name.replaceAll("[\\s()（）]", "");
        for (var form : SHORT_FORMS.entrySet()) {
            key = key.replace(form.getKey(), form.getValue());
        }
        return key.startsWith("中共") ? key.substring(2) : key;
    }

    /** The name most of {@code names} use, the first met among equals: one name for a unit across its years. */
    static String mostUsed(List<String> names) {
        var counts = new LinkedHashMap<String, Integer>();
        names.forEach(n -> counts.merge(n, 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElseThrow();
    }

    private static Map<String, String> shortForms() {
        var forms = new LinkedHashMap<String, String>();
        forms.put("中国共产党", "中共");
        forms.put("人民代表大会常务委员会", "人大常委会");
        forms.put("人民代表大会", "人大");
        forms.put("政治协商会议", "政协");
        forms.put("常务委员会", "常委会");
        forms.put("委员会办公厅", "委办公厅");
        forms.put("委员会办公室", "委办公室");
        return forms;
    }
}
