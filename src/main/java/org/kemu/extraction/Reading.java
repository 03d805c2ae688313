package org.kemu.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.kemu.money.AmountUnit;
import org.kemu.report.Basis;
import org.kemu.report.Fund;

/** Everything read from one table or prose passage, with the lines skipped and the checks made on the way. */
final class Reading {

    /**
     * Tables in 万元 round every figure to 0.01 万元 (up to 50 元 each way), so a total and the sum of its parts may
     * differ by a few hundredths without anything being wrong; beyond 0.03 万元 it is more than rounding.
     */
    private static final BigDecimal WAN_YUAN_ROUNDING = new BigDecimal("0.03");

    private final String name;
    private final ReadingKind kind;
    private final Fund fund;
    private final int firstLine;
    private final int lastLine;
    private final AmountUnit unit;
    private final String unitNote;
    private final List<FoundLine> lines = new ArrayList<>();
    private final List<FoundFigure> figures = new ArrayList<>();
    private final List<FoundThreePublic> threePublic = new ArrayList<>();
    private final List<ExtractionReport.SkippedLine> skipped = new ArrayList<>();
    private final List<ExtractionReport.Check> checks = new ArrayList<>();
    private int linesRead;

    Reading(String name, ReadingKind kind, Fund fund, int firstLine, int lastLine, AmountUnit unit, String unitNote) {
        this.name = name;
        this.kind = kind;
        this.fund = fund;
        this.firstLine = firstLine;
        this.lastLine = lastLine;
        this.unit = unit;
        this.unitNote = unitNote;
    }

    static Reading of(FoundTable table) {
        return new Reading(table.name(), ReadingKind.of(table.kind()), table.fund(), table.titleLine(),
                table.endLine() - 1, table.unit(), table.unitNote());
    }

    String name() {
        return name;
    }

    /** How far a reading is trusted when sources disagree; lower is trusted more. */
    int trust() {
        return kind.trust();
    }

    AmountUnit unit() {
        return unit;
    }

    List<FoundLine> lines() {
        return lines;
    }

    List<FoundFigure> figures() {
        return figures;
    }

    List<FoundThreePublic> threePublic() {
        return threePublic;
    }

    List<ExtractionReport.Check> checks() {
        return checks;
    }

    void read() {
        linesRead++;
    }

    int linesRead() {
        return linesRead;
    }

    /** Whether this is the reading of a table (found in the text, so reported even when nothing was read). */
    boolean isTable() {
        return kind.isTable();
    }

    void skip(SourceText.Line line, String reason) {
        skipped.add(new ExtractionReport.SkippedLine(line.number(), line.text().strip(), reason));
    }

    void figure(String key, String label, BigDecimal amount, Fund figureFund, Basis basis, int line) {
        if (amount != null) {
            figures.add(new FoundFigure(key, label, amount, figureFund, basis, unit, name, line));
        }
    }

    /** Records a check; a failed one is also noted on the line it concerns, when there is one. */
    boolean check(int line, String subject, String rule, BigDecimal stated, BigDecimal computed, FoundLine flagged) {
        var exact = stated.compareTo(computed) == 0;
        var rounding = !exact && unit == AmountUnit.WAN_YUAN
                && stated.subtract(computed).abs().compareTo(WAN_YUAN_ROUNDING) <= 0;
        checks.add(new ExtractionReport.Check(name, line, subject, rule, stated, computed,
                unit == null ? null : unit.label(), exact, rounding));
        if (!exact && flagged != null) {
            flagged.notes().addUnreconciled("unreconciled (" + name + ", line " + line + "): " + rule + ": stated "
                    + stated.toPlainString() + ", parts add up to " + computed.toPlainString());
        }
        return exact;
    }

    boolean reconciled() {
        return checks.stream().allMatch(ExtractionReport.Check::reconciles);
    }

    ExtractionReport.Source toSource(SourceText text) {
        var last = Math.max(firstLine, Math.min(lastLine, text.size()));
        return new ExtractionReport.Source(name, kind.name(), fund == null ? null : fund.name(), firstLine, last,
                text.line(firstLine).page(), text.line(last).page(), unit == null ? null : unit.label(), unitNote,
                linesRead, List.copyOf(skipped), reconciled());
    }
}
