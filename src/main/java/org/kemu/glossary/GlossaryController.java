package org.kemu.glossary;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.kemu.api.Connection;
import org.kemu.classification.ClassificationService;
import org.kemu.classification.Subject;
import org.kemu.report.Report;
import org.kemu.report.ReportService;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
final class GlossaryController {

    private final GlossaryService glossary;
    private final ClassificationService classification;
    private final ReportService reports;

    GlossaryController(GlossaryService glossary, ClassificationService classification, ReportService reports) {
        this.glossary = glossary;
        this.classification = classification;
        this.reports = reports;
    }

    @QueryMapping(name = "glossary")
    Connection<Definition> searchGlossary(@Argument String search, @Argument String subjectCode, @Argument String unitId,
                                          @Argument Integer year, @Argument Integer first, @Argument String after) {
        return glossary.search(search, subjectCode, unitId, year, first, after);
    }

    @QueryMapping
    Term term(@Argument String name) {
        return glossary.term(name).orElse(null);
    }

    @BatchMapping(typeName = "Term", field = "definitions")
    Map<Term, List<Definition>> termDefinitions(List<Term> terms) {
        var byTerm = glossary.definitionsByTerm(terms.stream().map(Term::key).toList());
        return terms.stream().collect(Collectors.toMap(t -> t, t -> byTerm.get(t.key()), (a, b) -> a));
    }

    @BatchMapping(typeName = "Term", field = "subject")
    Map<Term, Subject> termSubjects(List<Term> terms) {
        var subjects = classification.byKeys(terms.stream().map(Term::subject).filter(s -> s != null).toList());
        return terms.stream().filter(t -> t.subject() != null && subjects.containsKey(t.subject()))
                .collect(Collectors.toMap(t -> t, t -> subjects.get(t.subject()), (a, b) -> a));
    }

    @BatchMapping(typeName = "Definition", field = "term")
    Map<Definition, Term> definitionTerms(List<Definition> definitions) {
        var terms = glossary.termsByKey(definitions.stream().map(Definition::termKey).toList());
        return definitions.stream().collect(Collectors.toMap(d -> d, d -> terms.get(d.termKey()), (a, b) -> a));
    }

    @BatchMapping(typeName = "Definition", field = "report")
    Map<Definition, Report> definitionReports(List<Definition> definitions) {
        var found = reports.reportsById(definitions.stream().map(Definition::reportId).toList());
        return definitions.stream().collect(Collectors.toMap(d -> d, d -> found.get(d.reportId()), (a, b) -> a));
    }

    @BatchMapping(typeName = "Subject", field = "glossary")
    Map<Subject, List<Definition>> subjectGlossary(List<Subject> subjects) {
        var bySubject = glossary.definitionsBySubject(subjects.stream().map(Subject::key).toList());
        return subjects.stream().collect(Collectors.toMap(s -> s, s -> bySubject.get(s.key()), (a, b) -> a));
    }

    @BatchMapping(typeName = "Report", field = "glossary")
    Map<Report, List<Definition>> reportGlossary(List<Report> reportsToFill) {
        var byReport = glossary.definitionsByReport(reportsToFill.stream().map(Report::id).toList());
        return reportsToFill.stream().collect(Collectors.toMap(r -> r, r -> byReport.get(r.id()), (a, b) -> a));
    }
}
