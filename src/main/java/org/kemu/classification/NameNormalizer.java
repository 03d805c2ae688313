package org.kemu.classification;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Makes subject names comparable across documents: full-width forms fold to half-width (NFKC), brackets, spaces
 * and the (类)/(款)/(项) markers are dropped, so "社会保险经办机构（项）" matches "社会保险经办机构". {@link #key} is the
 * form every lookup of a subject by name compares.
 */
public final class NameNormalizer {

    private static final Pattern LEVEL_MARKERS = Pattern.compile("\\((类|款|项)\\)");
    private static final Pattern IGNORED = Pattern.compile("[\\s()\\[\\]【】“”\"'‘’、:：]");

    private NameNormalizer() {
    }

    public static String normalize(String name) {
        var folded = Normalizer.normalize(name, Normalizer.Form.NFKC);
        return IGNORED.matcher(LEVEL_MARKERS.matcher(folded).replaceAll("")).replaceAll("");
    }

    /**
     * The name as subjects are looked up by it: normalized and without a trailing 支出, since documents write
     * "社会保障和就业（类）" for 社会保障和就业支出 and "机关事业单位基本养老保险缴费" for …缴费支出.
     */
    public static String key(String name) {
        var normalized = normalize(name);
        return normalized.endsWith("支出") && normalized.length() > 2
                ? normalized.substring(0, normalized.length() - 2) : normalized;
    }
}
