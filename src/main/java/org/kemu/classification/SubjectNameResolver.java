package org.kemu.classification;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds subjects from the names a document prints instead of codes: "社会保障和就业（类）人力资源和社会保障管理事务（款）
 * 社会保险经办机构（项）", or codes in brackets after each name ("社会保障和就业（208）人力资源和社会保障管理事务（01）社会保险
 * 经办机构（09）"), or a plain path of names. Each name is looked up among the children of the previous one, so the
 * many 行政运行 items resolve to the right 款. Names compare by {@link NameNormalizer#key} (full-width forms folded,
 * brackets and the 类/款/项 markers dropped, a trailing 支出 ignored); former names count too.
 */
public final class SubjectNameResolver {

    private static final Pattern BRACKETED_CODES = Pattern.compile("^(.+?)[（(](\\d{3})[)）](.+?)[（(](\\d{2})[)）](?:(.+?)[（(](\\d{2})[)）])?$");
    private static final Pattern MARKED_LEVELS = Pattern.compile("[（(]\\s*[类款项]\\s*[)）]");

    private final Map<String, Subject> byCode = new HashMap<>();
    /** Subjects by folded name, current and former, in classification order; built once, looked up per name. */
    private final Map<String, List<Subject>> byKey = new HashMap<>();

    SubjectNameResolver(List<Subject> subjects) {
        for (var subject : subjects) {
            byCode.put(subject.code(), subject);
            var keys = new LinkedHashSet<String>();
            keys.add(NameNormalizer.key(subject.name()));
            subject.formerNames().forEach(f -> keys.add(NameNormalizer.key(f.name())));
            keys.forEach(k -> byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(subject));
        }
    }

    /** The subject a glossary heading or table label names, if it names one. */
    public Optional<Subject> resolveHeading(String heading) {
        var folded = Normalizer.normalize(heading.strip(), Normalizer.Form.NFKC);
        var codes = BRACKETED_CODES.matcher(folded);
        if (codes.matches()) {
            var code = codes.group(2) + codes.group(4) + (codes.group(6) == null ? "" : codes.group(6));
            var subject = byCode(code);
            var lastName = codes.group(5) == null ? codes.group(3) : codes.group(5);
            if (subject.isPresent() && namesMatch(lastName, subject.get())) {
                return subject;
            }
            return Optional.empty();
        }
        if (MARKED_LEVELS.matcher(folded).find()) {
            var names = new ArrayList<String>();
            for (var part : MARKED_LEVELS.split(folded)) {
                if (!part.isBlank()) {
                    names.add(part);
                }
            }
            return resolvePath(names);
        }
        return Optional.empty();
    }

    /** The subject at the end of a path of names, from a 类 (or a 款 when the path starts there) downwards. */
    public Optional<Subject> resolvePath(List<String> names) {
        return candidates(names).stream().findFirst();
    }

    /**
     * Every subject a path of names can mean: each name is looked up among the children of a subject the previous
     * name matched. More than one candidate means the path is ambiguous (a bare "行政运行", say).
     */
    public List<Subject> candidates(List<String> names) {
        if (names.isEmpty()) {
            return List.of();
        }
        var current = byKey.getOrDefault(NameNormalizer.key(names.getFirst()), List.of());
        for (var name : names.subList(1, names.size())) {
            var parents = current.stream().map(Subject::code).toList();
            current = byKey.getOrDefault(NameNormalizer.key(name), List.of()).stream()
                    .filter(s -> parents.contains(s.parentCode()))
                    .toList();
        }
        return current;
    }

    private Optional<Subject> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    static boolean namesMatch(String printed, Subject subject) {
        var key = NameNormalizer.key(printed);
        if (NameNormalizer.key(subject.name()).equals(key)) {
            return true;
        }
        return subject.formerNames().stream().anyMatch(f -> NameNormalizer.key(f.name()).equals(key));
    }
}
