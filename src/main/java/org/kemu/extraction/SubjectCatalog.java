package org.kemu.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.kemu.classification.ClassificationCatalog;
import org.kemu.classification.FormerName;
import org.kemu.classification.NameNormalizer;
import org.kemu.classification.Scheme;
import org.kemu.classification.SubjectLevel;

/**
 * The classification the extractor resolves names and checks codes against: the seeded {@link ClassificationCatalog},
 * indexed by code, parent and name key ({@link NameNormalizer#key}), so that extraction needs no database. On top
 * of exact names it finds the one candidate a cut-off or misspelt name designates.
 */
final class SubjectCatalog {

    /**
     * A subject of the classification; {@code listed} is false for a code a document prints that the seed files do
     * not (yet) list, kept as printed so that the line is not lost.
     */
    record Subject(Scheme scheme, String code, String name, List<String> formerNames, boolean listed) {

        SubjectLevel level() {
            return SubjectLevel.ofCode(code);
        }

        /** The code of the 类 or 款 above, or null for a 类. */
        String parentCode() {
            return code.length() > 3 ? code.substring(0, code.length() - 2) : null;
        }
    }

    private final Map<Scheme, Map<String, Subject>> byCode = new EnumMap<>(Scheme.class);
    private final Map<Scheme, Map<String, List<Subject>>> byParent = new EnumMap<>(Scheme.class);
    private final Map<Scheme, Map<String, List<Subject>>> byNameKey = new EnumMap<>(Scheme.class);

    private SubjectCatalog(Map<Scheme, List<Subject>> subjects) {
        subjects.forEach((scheme, list) -> {
            var codes = new LinkedHashMap<String, Subject>();
            var parents = new LinkedHashMap<String, List<Subject>>();
            var names = new LinkedHashMap<String, List<Subject>>();
            for (var subject : list) {
                codes.put(subject.code(), subject);
                var parent = subject.parentCode() == null ? "" : subject.parentCode();
                parents.computeIfAbsent(parent, p -> new ArrayList<>()).add(subject);
                names.computeIfAbsent(NameNormalizer.key(subject.name()), k -> new ArrayList<>()).add(subject);
                for (var former : subject.formerNames()) {
                    var formerKey = NameNormalizer.key(former);
                    var sameKey = names.computeIfAbsent(formerKey, k -> new ArrayList<>());
                    if (!sameKey.contains(subject)) {
                        sameKey.add(subject);
                    }
                }
            }
            byCode.put(scheme, codes);
            byParent.put(scheme, parents);
            byNameKey.put(scheme, names);
        });
    }

    /** The classification as seeded. */
    static SubjectCatalog seeded() {
        var catalog = ClassificationCatalog.seeded();
        var subjects = new EnumMap<Scheme, List<Subject>>(Scheme.class);
        for (var scheme : Scheme.values()) {
            subjects.put(scheme, catalog.subjects(scheme).stream()
                    .map(row -> new Subject(scheme, row.code(), row.name(),
                            row.formerNames().stream().map(FormerName::name).toList(), true))
                    .toList());
        }
        return new SubjectCatalog(subjects);
    }

    Optional<Subject> find(Scheme scheme, String code) {
        return Optional.ofNullable(byCode.getOrDefault(scheme, Map.of()).get(code));
    }

    List<Subject> children(Scheme scheme, String parentCode) {
        return byParent.getOrDefault(scheme, Map.of()).getOrDefault(parentCode, List.of());
    }

    List<Subject> classes(Scheme scheme) {
        return children(scheme, "");
    }

    /** Every subject of the scheme at the level whose name (or former name) is the printed name. */
    List<Subject> named(Scheme scheme, String printed, SubjectLevel level) {
        return byNameKey.getOrDefault(scheme, Map.of()).getOrDefault(NameNormalizer.key(printed), List.of()).stream()
                .filter(s -> level == null || s.level() == level)
                .toList();
    }

    /** Whether the printed name is the subject's name or a former one. */
    boolean matches(Subject subject, String printed) {
        var printedKey = NameNormalizer.key(printed);
        return NameNormalizer.key(subject.name()).equals(printedKey)
                || subject.formerNames().stream().anyMatch(f -> NameNormalizer.key(f).equals(printedKey));
    }

    /**
     * The one candidate the printed name designates: by name, else as the only name the printed text begins
     * (a name cut off by a narrow column), else as the only name it misspells by one character or by order.
     */
    Optional<Subject> resolveAmong(List<Subject> candidates, String printed) {
        var exact = candidates.stream().filter(s -> matches(s, printed)).toList();
        if (exact.size() == 1) {
            return Optional.of(exact.getFirst());
        }
        if (!exact.isEmpty()) {
            return Optional.empty();
        }
        var printedKey = NameNormalizer.normalize(printed);
        if (printedKey.length() < 3) {
            return Optional.empty();
        }
        var truncated = candidates.stream()
                .filter(s -> NameNormalizer.normalize(s.name()).startsWith(printedKey))
                .toList();
        if (truncated.size() == 1) {
            return Optional.of(truncated.getFirst());
        }
        if (!truncated.isEmpty()) {
            return Optional.empty();
        }
        var near = candidates.stream()
                .filter(s -> nearlySame(NameNormalizer.key(s.name()), NameNormalizer.key(printed)))
                .toList();
        return near.size() == 1 ? Optional.of(near.getFirst()) : Optional.empty();
    }

    /** Same characters in another order, or one character added, dropped or replaced. */
    private static boolean nearlySame(String a, String b) {
        if (a.length() < 4 || b.length() < 4) {
            return false;
        }
        var sortedA = a.chars().sorted().toArray();
        var sortedB = b.chars().sorted().toArray();
        if (Arrays.equals(sortedA, sortedB)) {
            return true;
        }
        return editDistanceAtMostOne(a, b);
    }

    private static boolean editDistanceAtMostOne(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        int j = 0;
        var edits = 0;
        while (i < a.length() && j < b.length()) {
            if (a.charAt(i) == b.charAt(j)) {
                i++;
                j++;
                continue;
            }
            if (++edits > 1) {
                return false;
            }
            if (a.length() > b.length()) {
                i++;
            } else if (a.length() < b.length()) {
                j++;
            } else {
                i++;
                j++;
            }
        }
        return edits + (a.length() - i) + (b.length() - j) <= 1;
    }
}
