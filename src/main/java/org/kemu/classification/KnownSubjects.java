package org.kemu.classification;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The classification as read from the graph at one moment: each subject by its key, and each scheme's subjects in
 * code order, where the subjects below a code are one contiguous range.
 */
final class KnownSubjects {

    private final Map<SubjectKey, Subject> byKey = new HashMap<>();
    private final Map<Scheme, NavigableMap<String, Subject>> byCode = new EnumMap<>(Scheme.class);

    KnownSubjects(Map<Scheme, List<Subject>> subjects) {
        subjects.forEach((scheme, list) -> {
            var ordered = new TreeMap<String, Subject>();
            list.forEach(subject -> {
                byKey.put(subject.key(), subject);
                ordered.put(subject.code(), subject);
            });
            byCode.put(scheme, ordered);
        });
    }

    Subject get(SubjectKey key) {
        return byKey.get(key);
    }

    boolean contains(Subject subject) {
        return byKey.containsKey(subject.key());
    }

    /** The subjects whose code extends the given one, at most {@code maxLength} digits long, in code order. */
    List<Subject> below(Subject subject, int maxLength) {
        var code = subject.code();
        // every code that extends this one sorts after it and before the code followed by the highest character
        return byCode.getOrDefault(subject.scheme(), Collections.emptyNavigableMap())
                .subMap(code, false, code + Character.MAX_VALUE, false).values().stream()
                .filter(candidate -> candidate.code().length() <= maxLength)
                .toList();
    }
}
