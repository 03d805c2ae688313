package org.kemu.ingest;

import java.util.List;

import org.kemu.format.ReportDocument;
import org.kemu.importing.ImportResult;

/** Where ingested reports go: the embedded (or configured) database through the importer, or a running server. */
public interface ReportSink {

    /**
     * Imports the reports of one document, all or none.
     *
     * @param source names the document(s) in problems
     */
    Delivery deliver(String source, List<ReportDocument> reports);

    /** The importer's outcome per report, or the errors for which nothing was written. */
    record Delivery(List<ImportResult.ReportOutcome> reports, List<String> errors) {

        static Delivery rejected(List<String> errors) {
            return new Delivery(List.of(), List.copyOf(errors));
        }

        public boolean ok() {
            return errors.isEmpty();
        }
    }
}
