package org.kemu.classification;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.kemu.api.BadInputException;
import org.kemu.api.Excerpt;
import org.kemu.api.Batches;
import org.kemu.api.Connection;
import org.kemu.api.CopiedReferenceData;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The classification tree: lookups, navigation and loading. Subjects are reference data that change only when
 * the seed is loaded, so lookups by code and the subjects below a subject are served from an in-memory copy read
 * once (a few hundred subjects per scheme); a code missing from it, and what lies below such a code, is looked up in
 * the graph.
 */
@Service
public class ClassificationService {

    private static final String CURSOR_TYPE = "subject";

    private final SubjectRepository repository;
    private volatile KnownSubjects snapshot;

    ClassificationService(SubjectRepository repository) {
        this.repository = repository;
    }

    /** A subject by code, empty when the code is well formed but unknown. A malformed code is bad input. */
    public Optional<Subject> find(Scheme scheme, String code) {
        requireWellFormed(scheme, code);
        var key = new SubjectKey(scheme, code);
        return Optional.ofNullable(byKeys(List.of(key)).get(key));
    }

    public void requireWellFormed(Scheme scheme, String code) {
        if (!scheme.isWellFormed(code)) {
            throw new BadInputException("\"" + Excerpt.of(code) + "\" is not a " + scheme + " (" + scheme.chineseName()
                    + ") code: expected " + scheme.describeCodeShape());
        }
    }

    /** Every subject of a scheme in code order. */
    public List<Subject> all(Scheme scheme) {
        return repository.findAll(scheme);
    }

    /** A resolver of printed names to subjects over the whole scheme, read in one query. */
    public SubjectNameResolver nameResolver(Scheme scheme) {
        return new SubjectNameResolver(repository.findAll(scheme));
    }

    public Connection<Subject> page(Scheme scheme, SubjectLevel level, String search, Integer first, String after) {
        var size = Connection.pageSize(first);
        if (level != null && level.codeLength() > scheme.finestLevel().codeLength()) {
            throw new BadInputException("level " + level + " does not exist in scheme " + scheme
                    + ": its finest level is " + scheme.finestLevel());
        }
        var afterCode = Connection.afterKey(CURSOR_TYPE, after);
        var codeLength = level == null ? null : level.codeLength();
        var term = search == null || search.isBlank() ? null : search.strip();
        var rows = repository.findPage(scheme, codeLength, term, afterCode, size + 1);
        var total = repository.count(scheme, codeLength, term);
        return Connection.of(CURSOR_TYPE, rows, size, afterCode != null, total, Subject::code);
    }

    public Map<SubjectKey, Subject> byKeys(Collection<SubjectKey> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        return CopiedReferenceData.byKeys(keys, snapshot()::get, repository::findByKeys, Subject::key);
    }

    private KnownSubjects snapshot() {
        var current = snapshot;
        if (current == null) {
            var loaded = new EnumMap<Scheme, List<Subject>>(Scheme.class);
            for (var scheme : Scheme.values()) {
                loaded.put(scheme, repository.findAll(scheme));
            }
            current = new KnownSubjects(loaded);
            snapshot = current;
        }
        return current;
    }

    /** The parent of each subject that has one. */
    public Map<Subject, Subject> parents(List<Subject> subjects) {
        return Batches.bySource(subjects,
                s -> s.parentCode() == null ? null : new SubjectKey(s.scheme(), s.parentCode()), this::byKeys);
    }

    /** Ancestors of each subject from the class down, found from the code prefixes in one query. */
    public Map<Subject, List<Subject>> ancestors(List<Subject> subjects) {
        var keys = new LinkedHashSet<SubjectKey>();
        for (var subject : subjects) {
            for (var prefix : prefixes(subject.code())) {
                keys.add(new SubjectKey(subject.scheme(), prefix));
            }
        }
        var found = byKeys(keys);
        var result = new LinkedHashMap<Subject, List<Subject>>();
        for (var subject : subjects) {
            var chain = new ArrayList<Subject>();
            for (var prefix : prefixes(subject.code())) {
                var ancestor = found.get(new SubjectKey(subject.scheme(), prefix));
                if (ancestor != null) {
                    chain.add(ancestor);
                }
            }
            result.put(subject, List.copyOf(chain));
        }
        return result;
    }

    public Map<Subject, List<Subject>> children(List<Subject> subjects) {
        return below(subjects, subject -> subject.code().length() + 2);
    }

    /** Descendants of each subject, {@code depth} levels down (all when null), in code order. */
    public Map<Subject, List<Subject>> descendants(List<Subject> subjects, Integer depth) {
        if (depth != null && depth < 0) {
            throw new BadInputException("depth must not be negative, got " + depth);
        }
        // no tree is deeper than 3 levels: clamping first keeps a huge depth from overflowing into "nothing below"
        var levels = depth == null ? 3 : Math.min(depth, 3);
        return below(subjects, subject -> Math.min(7, subject.code().length() + 2 * levels));
    }

    private Map<Subject, List<Subject>> below(List<Subject> subjects, Function<Subject, Integer> maxLength) {
        var result = new LinkedHashMap<Subject, List<Subject>>();
        var known = snapshot();
        var bySchemeAndLength = subjects.stream().collect(Collectors.groupingBy(
                s -> Map.entry(s.scheme(), maxLength.apply(s)), LinkedHashMap::new, Collectors.toList()));
        for (var group : bySchemeAndLength.entrySet()) {
            var scheme = group.getKey().getKey();
            var max = group.getKey().getValue();
            var members = group.getValue();
            if (members.stream().allMatch(known::contains)) {
                members.forEach(subject -> result.put(subject, known.below(subject, max)));
                continue;
            }
            var prefixes = members.stream().map(Subject::code).collect(Collectors.toCollection(LinkedHashSet::new));
            var found = repository.findBelow(scheme, prefixes, max);
            for (var subject : members) {
                result.put(subject, found.stream()
                        .filter(candidate -> candidate.code().startsWith(subject.code())
                                && candidate.code().length() > subject.code().length())
                        .toList());
            }
        }
        return result;
    }

    /** Replaces nothing, adds or updates every given subject of a scheme and links the tree. */
    @Transactional
    public void upsert(Scheme scheme, List<SubjectRow> rows) {
        repository.upsert(scheme, stored(scheme, rows));
        CopiedReferenceData.forgetOnWrite(() -> snapshot = null);
    }

    /**
     * Subjects as the graph stores them: each row's {@code code}, its {@code parent} code (the PARENT relationship)
     * and every other property of its node besides the scheme. A subject with no former names has no such
     * properties rather than empty lists, which Neo4j's offline importer could not write.
     */
    public static List<Map<String, Object>> stored(Scheme scheme, List<SubjectRow> rows) {
        return ClassificationCatalog.asSubjects(scheme, rows).stream()
                .map(subject -> {
                    var map = new HashMap<String, Object>();
                    map.put("code", subject.code());
                    map.put("name", subject.name());
                    map.put("level", subject.level().name());
                    map.put("source", subject.source());
                    map.put("parent", subject.parentCode());
                    map.put("path", subject.path());
                    var former = subject.formerNames();
                    if (!former.isEmpty()) {
                        map.put("formerNames", former.stream().map(FormerName::name).toList());
                        map.put("formerFrom", former.stream().map(f -> f.fromYear() == null ? 0 : f.fromYear()).toList());
                        map.put("formerTo", former.stream().map(f -> f.toYear() == null ? 0 : f.toYear()).toList());
                    }
                    return (Map<String, Object>) map;
                })
                .toList();
    }

    /** Codes of the ancestors of a code: "2080109" → ["208", "20801"]. */
    static List<String> prefixes(String code) {
        var result = new ArrayList<String>();
        for (int length = 3; length < code.length(); length += 2) {
            result.add(code.substring(0, length));
        }
        return result;
    }

    /** A subject as the seed or an import states it. */
    public record SubjectRow(String code, String name, List<FormerName> formerNames, String source) {
    }
}
