package org.kemu.glossary;

import java.util.List;
import java.util.Map;

import org.kemu.api.Batches;
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
        return Batches.bySource(terms, Term::key, glossary::definitionsByTerm);
    }

    @BatchMapping(typeName = "Term", field = "subject")
    Map<Term, Subject> termSubjects(List<Term> terms) {
        return Batches.bySource(terms, Term::subject, classification::byKeys);
    }

    @BatchMapping(typeName = "Definition", field = "term")
    Map<Definition, Term> definitionTerms(List<Definition> definitions) {
        return Batches.bySource(definitions, Definition::termKey, glossary::termsByKey);
    }

    @BatchMapping(typeName = "Definition", field = "report")
    Map<Definition, Report> definitionReports(List<Definition> definitions) {
        return Batches.bySource(definitions, Definition::reportId, reports::reportsById);
    }

    @BatchMapping(typeName = "Subject", field = "glossary")
    Map<Subject, List<Definition>> subjectGlossary(List<Subject> subjects) {
        return Batches.bySource(subjects, Subject::key, glossary::definitionsBySubject);
    }

    @BatchMapping(typeName = "Report", field = "glossary")
    Map<Report, List<Definition>> reportGlossary(List<Report> reportsToFill) {
        return Batches.bySource(reportsToFill, Report::id, glossary::definitionsByReport);
    }
}
