package org.kemu.glossary;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingFieldSelectionSet;
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

    /** The request context's entry holding the terms a glossary search read with its page. */
    private static final String TERMS_READ = GlossaryController.class.getName() + ".termsRead";

    private final GlossaryService glossary;
    private final ClassificationService classification;
    private final ReportService reports;

    GlossaryController(GlossaryService glossary, ClassificationService classification, ReportService reports) {
        this.glossary = glossary;
        this.classification = classification;
        this.reports = reports;
    }

    /**
     * A page asking for its definitions' terms gets them from the search's own statement; they are kept in the
     * request's context for {@link #definitionTerms}.
     */
    @QueryMapping(name = "glossary")
    Connection<Definition> searchGlossary(@Argument String search, @Argument String subjectCode, @Argument String unitId,
                                          @Argument Integer year, @Argument Integer first, @Argument String after,
                                          DataFetchingFieldSelectionSet selection, GraphQLContext context) {
        var result = glossary.search(search, subjectCode, unitId, year, first, after,
                selection.contains("edges/node/term"));
        if (!result.terms().isEmpty()) {
            context.compute(TERMS_READ, (key, read) -> {
                var terms = new HashMap<String, Term>(result.terms());
                if (read instanceof Map<?, ?> earlier) {
                    earlier.forEach((termKey, term) -> terms.put((String) termKey, (Term) term));
                }
                return terms;
            });
        }
        return result.connection();
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
    Map<Definition, Term> definitionTerms(List<Definition> definitions, GraphQLContext context) {
        Map<String, Term> read = context.getOrDefault(TERMS_READ, Map.of());
        return Batches.bySource(definitions, Definition::termKey, keys -> glossary.termsByKey(keys, read));
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
