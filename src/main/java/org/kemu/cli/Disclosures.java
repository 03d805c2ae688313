package org.kemu.cli;

import java.io.PrintStream;
import java.nio.file.Path;

import org.kemu.extraction.DisclosureExtractor;
import org.kemu.extraction.DocumentText;
import org.kemu.extraction.Extraction;
import org.kemu.extraction.ExtractionException;
import org.kemu.extraction.ExtractionReport;

/**
 * A disclosure's file (any kind {@link DocumentText} reads) read and extracted, as extract and import --from-text both
 * do, with its summary.
 */
final class Disclosures {

    private final PrintStream err;

    Disclosures(PrintStream err) {
        this.err = err;
    }

    /** The extraction of {@code file}, or null after saying on stderr why it cannot be read. */
    Extraction read(String file, String region) {
        DocumentLibraryLogs.quiet();
        try {
            return new DisclosureExtractor().extract(Path.of(file), region);
        } catch (ExtractionException e) {
            err.println("ERROR " + e.getMessage());
            return null;
        }
    }

    /** What was read from each table and every check that failed, on stderr. */
    void summarise(ExtractionReport report) {
        err.println(report.document() + ": " + report.kind() + " " + report.year() + " " + report.unitName()
                + ", amounts in " + report.amountUnit());
        for (var source : report.sources()) {
            err.println("  " + source.name() + " (lines " + source.firstLine() + "–" + source.lastLine() + "): "
                    + source.linesRead() + " read, " + source.skipped().size() + " skipped"
                    + (source.reconciled() ? "" : ", DOES NOT RECONCILE"));
        }
        for (var failure : report.failures()) {
            err.println("  line " + failure.line() + " " + failure.subject() + " " + failure.rule() + ": stated "
                    + failure.stated() + ", parts sum to " + failure.computed() + " " + failure.unit());
        }
        report.notes().forEach(note -> err.println("  note: " + note));
        err.println(report.reconciled() ? "reconciled with the document's own totals"
                : report.failures().size() + " check(s) do not reconcile");
    }
}
