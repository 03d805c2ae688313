package org.kemu.ingest;

/**
 * What became of one document: what was read from it, whether it reconciles with its own totals, and what the
 * import did with the report it gave (or why it was not imported). A row of the summary.
 *
 * @param lines      the subject lines read from the document
 * @param reconciled null when nothing could be read
 * @param reportId   the report the document went into; two files of one report (a document and its tables) share it
 * @param reason     why it failed or was not imported, the disagreements with an overlapping file, or null
 */
public record DocumentOutcome(String file, String unitName, String regionCode, Integer year, String kind, int lines,
                              Boolean reconciled, Status status, String reportId, double seconds, String reason) {

    /** CREATED, REPLACED and UNCHANGED are the importer's; the two others mean nothing was written. */
    public enum Status { CREATED, REPLACED, UNCHANGED, NOT_RECONCILED, FAILED }

    static DocumentOutcome failed(String file, double seconds, String reason) {
        return new DocumentOutcome(file, null, null, null, null, 0, null, Status.FAILED, null, seconds, reason);
    }
}
