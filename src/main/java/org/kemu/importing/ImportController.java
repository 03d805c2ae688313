package org.kemu.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.kemu.report.Report;
import org.kemu.report.ReportKind;
import org.kemu.report.ReportService;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import tools.jackson.databind.json.JsonMapper;

@Controller
final class ImportController {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(
                    com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL))
            .build();

    private final ReportImporter importer;
    private final ReportExporter exporter;
    private final ReportReader reader;
    private final ReportService reports;
    private final ApiKeys apiKeys;

    ImportController(ReportImporter importer, ReportExporter exporter, ReportReader reader, ReportService reports,
                     ApiKeys apiKeys) {
        this.importer = importer;
        this.exporter = exporter;
        this.reader = reader;
        this.reports = reports;
        this.apiKeys = apiKeys;
    }

    /** The payload of importReports: errors are returned as problems with ok = false, nothing written. */
    record ImportPayload(boolean ok, boolean dryRun, List<ImportResult.ReportOutcome> reports,
                         List<ImportProblem> problems) {
    }

    /** A stored revision; its document is parsed only for a caller with a key. */
    record RevisionView(String importedAt, String replacedAt, String checksum, String documentJson) {
    }

    @MutationMapping
    ImportPayload importReports(@Argument List<Object> documents, @Argument boolean dryRun,
                                @ContextValue(name = ApiKeys.CONTEXT_KEY, required = false) String apiKey) {
        apiKeys.requireWriteAccess(apiKey);
        var inputs = new ArrayList<ReportImporter.Input>();
        for (int i = 0; i < documents.size(); i++) {
            var document = documents.get(i);
            var json = document instanceof String text ? text : JSON.writeValueAsString(document);
            inputs.add(new ReportImporter.Input("documents[" + i + "]", json));
        }
        try {
            var result = importer.importAll(inputs, dryRun);
            return new ImportPayload(true, dryRun, result.reports(), result.warnings());
        } catch (ImportException e) {
            return new ImportPayload(false, dryRun, List.of(), e.problems());
        }
    }

    @QueryMapping
    Object exportReport(@Argument String unitId, @Argument int year, @Argument ReportKind kind) {
        reports.requireUnit(unitId);
        return exporter.export(unitId, year, kind.name()).map(doc -> JSON.convertValue(doc, Map.class)).orElse(null);
    }

    /** Every report has a list of revisions, possibly empty, so the answer is a list in source order. */
    @BatchMapping(typeName = "Report", field = "revisions")
    List<List<RevisionView>> revisions(List<Report> reportsToFill) {
        var byReport = reader.revisions(reportsToFill.stream().map(Report::id).toList()).stream()
                .collect(Collectors.groupingBy(ReportReader.StoredRevision::reportId));
        return reportsToFill.stream().map(r -> byReport.getOrDefault(r.id(), List.of()).stream()
                .map(v -> new RevisionView(v.importedAt(), v.replacedAt(), v.checksum(), v.documentJson()))
                .toList()).toList();
    }

    @SchemaMapping(typeName = "Revision", field = "document")
    Object revisionDocument(RevisionView revision,
                            @ContextValue(name = ApiKeys.CONTEXT_KEY, required = false) String apiKey) {
        apiKeys.requireRevisionAccess(apiKey);
        return JSON.readValue(revision.documentJson(), Map.class);
    }
}
