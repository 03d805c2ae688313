package org.kemu.glossary;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.kemu.api.BadInputException;
import org.kemu.api.Excerpt;
import org.kemu.api.Connection;
import org.kemu.classification.ClassificationService;
import org.kemu.classification.Scheme;
import org.kemu.classification.SubjectKey;
import org.kemu.report.ReportService;
import org.springframework.stereotype.Service;

/** The glossary: every report's 名词解释 entries, grouped into canonical terms. */
@Service
public class GlossaryService {

    private static final String CURSOR_TYPE = "glossary";

    private final GlossaryRepository repository;
    private final ClassificationService classification;
    private final ReportService reports;

    GlossaryService(GlossaryRepository repository, ClassificationService classification, ReportService reports) {
        this.repository = repository;
        this.classification = classification;
        this.reports = reports;
    }

    /** A page of definitions and, when asked for, their terms by key. */
    public record SearchResult(Connection<Definition> connection, Map<String, Term> terms) {
    }

    /**
     * A page of definitions. The order depends on the search (exact term matches first), so cursors hold the
     * position in that order. With {@code withTerms} the page's terms are read in the same statement.
     */
    public SearchResult search(String search, String subjectCode, String unitId, Integer year, Integer first,
                               String after, boolean withTerms) {
        var size = Connection.pageSize(first);
        if (subjectCode != null) {
            classification.requireWellFormed(Scheme.FUNCTION, subjectCode);
        }
        if (unitId != null) {
            reports.requireUnit(unitId);
        }
        var needle = search == null || search.isBlank() ? null : TermKeys.search(search);
        var afterKey = Connection.afterKey(CURSOR_TYPE, after);
        int offset;
        try {
            offset = afterKey == null ? 0 : Integer.parseInt(afterKey) + 1;
        } catch (NumberFormatException e) {
            throw new BadInputException("after: \"" + Excerpt.of(after) + "\" is not a glossary cursor of this API");
        }
        var page = repository.search(needle, subjectCode, unitId, year, offset, size + 1, withTerms);
        var rows = page.definitions();
        var positions = new HashMap<Definition, Integer>();
        for (int i = 0; i < rows.size(); i++) {
            positions.put(rows.get(i), offset + i);
        }
        return new SearchResult(
                Connection.of(CURSOR_TYPE, rows, size, offset > 0, page.total(), d -> String.valueOf(positions.get(d))),
                byKey(page.terms()));
    }

    public Optional<Term> term(String name) {
        if (name == null || name.isBlank()) {
            throw new BadInputException("term name must not be empty");
        }
        return repository.findTerm(TermKeys.key(name), TermKeys.search(name)).stream().findFirst();
    }

    public Map<String, Term> termsByKey(Collection<String> keys) {
        return byKey(repository.findTerms(Set.copyOf(keys)));
    }

    /** The terms of the keys: those already read (by a search) as they are, the others read now. */
    public Map<String, Term> termsByKey(Collection<String> keys, Map<String, Term> alreadyRead) {
        var missing = keys.stream().filter(key -> !alreadyRead.containsKey(key)).collect(Collectors.toSet());
        var terms = new HashMap<>(alreadyRead);
        if (!missing.isEmpty()) {
            terms.putAll(termsByKey(missing));
        }
        return terms;
    }

    private static Map<String, Term> byKey(List<Term> terms) {
        return terms.stream().collect(Collectors.toMap(Term::key, Function.identity()));
    }

    public Map<String, List<Definition>> definitionsByTerm(Collection<String> keys) {
        return group(keys, repository.definitionsOfTerms(Set.copyOf(keys)), Definition::termKey);
    }

    public Map<String, List<Definition>> definitionsByReport(Collection<String> reportIds) {
        return group(reportIds, repository.definitionsOfReports(Set.copyOf(reportIds)), Definition::reportId);
    }

    public Map<SubjectKey, List<Definition>> definitionsBySubject(Collection<SubjectKey> subjects) {
        var keys = new LinkedHashMap<SubjectKey, String>();
        subjects.forEach(s -> keys.put(s, TermKeys.subjectKey(s.scheme().name(), s.code())));
        var byTerm = definitionsByTerm(new LinkedHashSet<>(keys.values()));
        var result = new HashMap<SubjectKey, List<Definition>>();
        keys.forEach((subject, key) -> result.put(subject, byTerm.getOrDefault(key, List.of())));
        return result;
    }

    private static <K> Map<K, List<Definition>> group(Collection<K> keys, List<Definition> definitions,
                                                      Function<Definition, K> key) {
        var result = new LinkedHashMap<K, List<Definition>>();
        keys.forEach(k -> result.put(k, new ArrayList<>()));
        definitions.forEach(d -> result.computeIfAbsent(key.apply(d), k -> new ArrayList<>()).add(d));
        return result;
    }
}
