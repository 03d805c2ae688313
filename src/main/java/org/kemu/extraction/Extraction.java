package org.kemu.extraction;

import java.util.List;

import org.kemu.format.ReportDocument;

/**
 * The result of reading one disclosure: the reports in the kemu import format (one, or two when a 绩效自评 states
 * the year's 决算 figures) and the report on what was read, skipped and reconciled.
 */
public record Extraction(List<ReportDocument> reports, ExtractionReport report) {

    /** The report of the document's own kind (the first). */
    public ReportDocument primary() {
        return reports.getFirst();
    }
}
