package org.kemu.extraction;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the extractor read from a document and what it could not: every table (and prose passage) it found with
 * its line range and unit, the lines it read and the lines it skipped with the reason, and every reconciliation
 * of the document's amounts against its own totals. {@link #reconciled()} is true only when every check passed, exactly or
 * within the rounding of figures stated in 万元.
 */
public record ExtractionReport(
        String document,
        String unitName,
        Integer year,
        String kind,
        String regionCode,
        String amountUnit,
        List<Source> sources,
        List<Check> checks,
        List<String> notes,
        boolean reconciled) {

    /**
     * A table or prose passage: its name, what kind of source it is, which funds it covers, where it is (lines and
     * pages, 1-based), the unit its amounts are in and whether the document states that unit.
     */
    public record Source(String name, String kind, String fund, int firstLine, int lastLine, int firstPage,
                         int lastPage, String unit, String unitNote, int linesRead, List<SkippedLine> skipped,
                         boolean reconciled) {
    }

    /** A line of the document that looked like content but was not read, and why. */
    public record SkippedLine(int line, String text, String reason) {
    }

    /**
     * One reconciliation: a stated amount (a 合计, a 类, a 款, a row total, a second statement of the same figure)
     * against what its parts add up to or what another source states. {@code withinRounding} marks a check that
     * passes only because the difference is what rounding each figure to 0.01 万元 can cause.
     */
    public record Check(String source, int line, String subject, String rule, BigDecimal stated,
                        BigDecimal computed, String unit, boolean ok, boolean withinRounding) {

        /** Exact, or off by no more than rounding to 0.01 万元 explains. */
        public boolean reconciles() {
            return ok || withinRounding;
        }
    }

    /** The checks that failed beyond rounding: each names the line and the amounts that do not agree. */
    public List<Check> failures() {
        return checks.stream().filter(c -> !c.reconciles()).toList();
    }

    /** The checks off by a difference that rounding to 0.01 万元 explains, listed so a reader can see them. */
    public List<Check> roundingDifferences() {
        return checks.stream().filter(Check::withinRounding).toList();
    }
}
