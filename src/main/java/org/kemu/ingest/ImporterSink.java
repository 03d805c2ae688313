package org.kemu.ingest;

import java.util.List;

import org.kemu.format.ReportDocument;
import org.kemu.importing.ImportException;
import org.kemu.importing.ImportProblem;
import org.kemu.importing.ReportImporter;

/** Reports into the database of this process, through the same importer as {@code import} and the API. */
public final class ImporterSink implements ReportSink {

    private final ReportImporter importer;
    private final boolean dryRun;

    /** @param dryRun checked and written in a transaction that is rolled back: nothing stays */
    public ImporterSink(ReportImporter importer, boolean dryRun) {
        this.importer = importer;
        this.dryRun = dryRun;
    }

    @Override
    public Delivery deliver(String source, List<ReportDocument> reports) {
        try {
            return new Delivery(importer.importDocuments(source, reports, dryRun).reports(), List.of());
        } catch (ImportException e) {
            return Delivery.rejected(e.problems().stream()
                    .filter(p -> p.severity() == ImportProblem.Severity.ERROR).map(Object::toString).toList());
        }
    }
}
