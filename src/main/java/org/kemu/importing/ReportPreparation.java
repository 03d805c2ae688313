package org.kemu.importing;

import java.util.ArrayList;
import java.util.List;

import org.kemu.classification.ClassificationCatalog;
import org.kemu.classification.Scheme;
import org.kemu.format.ReportDocument;
import org.kemu.region.RegionCatalog;
import org.springframework.stereotype.Component;

/**
 * Everything an import does before it writes: parses documents, resolves printed names to codes, checks the batch
 * against the classification and the regions, and turns each document into the rows to write with their checksum
 * and consistency warnings. Against the database for an import; against the seed for a bulk first load
 * ({@link #againstTheSeed()}), which so refuses and accepts exactly what an import into a new database would.
 */
@Component
public final class ReportPreparation {

    private final ReferenceData reference;
    private final BatchValidator validator;

    ReportPreparation(ReferenceData reference) {
        this.reference = reference;
        this.validator = new BatchValidator(reference);
    }

    /** Preparation against the seed's classification and regions, held in memory: no database is needed. */
    public static ReportPreparation againstTheSeed() {
        return new ReportPreparation(new SeedReferenceData(ClassificationCatalog.seeded(), RegionCatalog.seeded()));
    }

    /**
     * Parses and checks named JSON texts and turns them into the rows to write. Throws {@link ImportException}
     * listing every error when any document is invalid.
     */
    public PreparedBatch prepareInputs(List<ReportImporter.Input> inputs) {
        var parsed = new ArrayList<ParsedDocument>();
        var problems = new ArrayList<ImportProblem>();
        inputs.forEach(input -> DocumentParser.parse(input, parsed, problems));
        if (!problems.isEmpty()) {
            throw new ImportException(problems);
        }
        return prepareParsed(parsed);
    }

    /**
     * Checks documents built in memory (no JSON parsing), e.g. a generated dataset, and turns them into the rows to
     * write: a loader can prepare its next batch while the previous one is written. Throws {@link ImportException}
     * listing every error when any document is invalid.
     */
    public PreparedBatch prepare(String source, List<ReportDocument> documents) {
        var parsed = new ArrayList<ParsedDocument>(documents.size());
        for (int i = 0; i < documents.size(); i++) {
            parsed.add(new ParsedDocument(source, "$[" + i + "]", documents.get(i)));
        }
        return prepareParsed(parsed);
    }

    private PreparedBatch prepareParsed(List<ParsedDocument> parsed) {
        var problems = new ArrayList<ImportProblem>();
        parsed.forEach(p -> problems.addAll(NullEntries.of(p)));
        if (!problems.isEmpty()) {
            throw new ImportException(problems);
        }
        var needsNames = parsed.stream().anyMatch(p -> p.document().glossary() != null
                && !p.document().glossary().isEmpty() || NamePaths.needed(p.document()));
        var names = needsNames ? reference.names(Scheme.FUNCTION) : null;
        var resolved = parsed.stream().map(p -> NamePaths.resolve(p, names, problems)).toList();
        problems.addAll(validator.validate(resolved));
        if (problems.stream().anyMatch(p -> p.severity() == ImportProblem.Severity.ERROR)) {
            throw new ImportException(problems);
        }
        var prepared = resolved.stream().map(p -> {
            var rows = ReportRows.of(p.document(), names);
            return new Prepared(p, rows, rows.checksum(),
                    ImportConsistency.check(p.file(), rows.reportId(), p.document()));
        }).toList();
        return new PreparedBatch(prepared, List.copyOf(problems));
    }

    /** Documents that passed the checks, as rows ready to write, with the warnings found on the way. */
    public static final class PreparedBatch {
        private final List<Prepared> reports;
        private final List<ImportProblem> warnings;

        private PreparedBatch(List<Prepared> reports, List<ImportProblem> warnings) {
            this.reports = reports;
            this.warnings = warnings;
        }

        List<Prepared> reports() {
            return reports;
        }

        List<ImportProblem> warnings() {
            return warnings;
        }
    }

    /** A report ready to write: its rows, their checksum, and the consistency warnings of its figures. */
    record Prepared(ParsedDocument parsed, ReportRows.Rows rows, String checksum, List<ImportProblem> inconsistencies) {

        String reportId() {
            return rows.reportId();
        }

        ReportDocument document() {
            return parsed.document();
        }
    }
}
