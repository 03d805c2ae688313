package org.kemu.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kemu.classification.Scheme;
import org.kemu.extraction.FoundThreePublic.ThreePublic;
import org.kemu.extraction.SubjectCatalog.Subject;
import org.kemu.format.ReportDocument.FigurePart;
import org.kemu.format.ReportDocument.LinePart;
import org.kemu.format.ReportDocument.ThreePublicPart;
import org.kemu.money.AmountUnit;
import org.kemu.report.Basis;
import org.kemu.report.Fund;

/**
 * Merges what the tables and the text state into one line per (scheme, code, fund), one figure per (key, fund,
 * basis) and one “三公” item per (item, fund). Sources are taken in order of trust (detail tables, summary tables,
 * text); a later source that states a different amount for the same measure is recorded as a failed check and
 * noted on the line, never silently dropped or averaged. Amounts the text alone states are reconciled here: 类
 * against their 项, and the 类 against the total the text gives for the same funds.
 */
final class ReportAssembler {

    private static final String PROSE = "正文";

    private record Stated(BigDecimal value, AmountUnit unit, String source, int line) {
    }

    private static final class MergedLine {
        final Subject subject;
        final String name;
        List<String> namePath;
        final Fund fund;
        final Map<LineMeasure, Stated> measures = new EnumMap<>(LineMeasure.class);
        final Set<String> sources = new LinkedHashSet<>();
        final Notes notes = new Notes();

        MergedLine(FoundLine found) {
            this.subject = found.subject();
            this.name = found.printedName();
            this.namePath = found.namePath();
            this.fund = found.fund();
        }

        boolean onlyFromText() {
            return sources.stream().allMatch(s -> s.startsWith(PROSE));
        }
    }

    private static final class MergedFigure {
        final FoundFigure first;
        final Notes notes = new Notes();
        final Set<String> sources = new LinkedHashSet<>();

        MergedFigure(FoundFigure first) {
            this.first = first;
            sources.add(first.source());
        }
    }

    private static final class MergedThreePublic {
        final ThreePublic item;
        final Fund fund;
        Stated budget;
        Stated actual;
        final Set<String> sources = new LinkedHashSet<>();
        final Notes notes = new Notes();

        MergedThreePublic(ThreePublic item, Fund fund) {
            this.item = item;
            this.fund = fund;
        }
    }

    /** @param unreconciled the lines and figures whose amounts do not reconcile, as "code (fund)" and "key (fund)" */
    record Assembled(List<LinePart> lines, List<FigurePart> figures, List<ThreePublicPart> threePublic,
                     List<String> unreconciled, Reading reconciliation) {
    }

    private final AmountUnit amountUnit;
    private final Integer year;
    private final Reading reconciliation;
    private final Map<String, MergedLine> lines = new LinkedHashMap<>();
    private final Map<String, MergedFigure> figures = new LinkedHashMap<>();
    private final Map<String, MergedThreePublic> threePublic = new LinkedHashMap<>();

    ReportAssembler(AmountUnit amountUnit, Integer year) {
        this.amountUnit = amountUnit;
        this.year = year;
        this.reconciliation = new Reading("合并与核对 (merging and cross-checks)", ReadingKind.CROSS_CHECK, null, 1, 1,
                amountUnit, null);
    }

    Assembled assemble(List<Reading> readings, Basis totalBasis) {
        for (var reading : readings) {
            reading.lines().forEach(this::addLine);
            reading.figures().forEach(this::addFigure);
            reading.threePublic().forEach(this::addThreePublic);
        }
        reconcileText(totalBasis);
        return new Assembled(lineParts(), figureParts(), threePublicParts(), unreconciled(), reconciliation);
    }

    private void addLine(FoundLine found) {
        var key = found.subject().scheme() + "/" + found.subject().code() + "/" + found.fund();
        var merged = lines.computeIfAbsent(key, k -> new MergedLine(found));
        if (found.namePath() == null) {
            merged.namePath = null;
        }
        merged.sources.add(found.source());
        merged.notes.addAll(found.notes());
        found.measures().forEach((measure, value) -> {
            var earlier = merged.measures.get(measure);
            if (earlier == null) {
                merged.measures.put(measure, new Stated(value, found.unit(), found.source(), found.lineNumber()));
            } else if (!Amounts.agree(earlier.value(), earlier.unit(), value, found.unit())) {
                var restated = Amounts.convert(value, found.unit(), earlier.unit());
                var rule = measureLabel(measure) + " of " + found.subject().code() + " as " + earlier.source()
                        + " (line " + earlier.line() + ") states it, against " + found.source() + " (line "
                        + found.lineNumber() + ")";
                reconciliation.checks().add(new ExtractionReport.Check(found.source(), found.lineNumber(),
                        found.subject().code(), rule, earlier.value(), restated, earlier.unit().label(), false, false));
                merged.notes.addUnreconciled("unreconciled: " + found.source() + " (line " + found.lineNumber() + ") states "
                        + measureLabel(measure) + " " + value.toPlainString() + " " + found.unit().label()
                        + ", kept " + earlier.value().toPlainString() + " " + earlier.unit().label() + " from "
                        + earlier.source());
            }
        });
    }

    private void addFigure(FoundFigure found) {
        var key = found.key() + "/" + found.fund() + "/" + found.basis();
        var merged = figures.get(key);
        if (merged == null) {
            figures.put(key, new MergedFigure(found));
            return;
        }
        merged.sources.add(found.source());
        var first = merged.first;
        if (!Amounts.agree(first.amount(), first.unit(), found.amount(), found.unit())) {
            var restated = Amounts.convert(found.amount(), found.unit(), first.unit());
            reconciliation.checks().add(new ExtractionReport.Check(found.source(), found.lineNumber(), found.key(),
                    found.key() + " (" + found.fund() + ") as " + first.source() + " (line " + first.lineNumber()
                            + ") states it, against " + found.source() + " (line " + found.lineNumber() + ")",
                    first.amount(), restated, first.unit().label(), false, false));
            merged.notes.addUnreconciled("unreconciled: " + found.source() + " (line " + found.lineNumber() + ") states "
                    + found.amount().toPlainString() + " " + found.unit().label());
        }
    }

    private void addThreePublic(FoundThreePublic found) {
        var merged = threePublic.computeIfAbsent(found.item() + "/" + found.fund(),
                k -> new MergedThreePublic(found.item(), found.fund()));
        merged.sources.add(found.source());
        merged.budget = mergeAmount(merged, merged.budget, found.budget(), found, "预算数");
        merged.actual = mergeAmount(merged, merged.actual, found.actual(), found, "决算数");
    }

    private Stated mergeAmount(MergedThreePublic merged, Stated earlier, BigDecimal value, FoundThreePublic found,
                               String which) {
        if (value == null) {
            return earlier;
        }
        if (earlier == null) {
            return new Stated(value, found.unit(), found.source(), found.lineNumber());
        }
        if (!Amounts.agree(earlier.value(), earlier.unit(), value, found.unit())) {
            reconciliation.checks().add(new ExtractionReport.Check(found.source(), found.lineNumber(),
                    found.item().label(), found.item().label() + " " + which + " as " + earlier.source()
                    + " states it, against " + found.source(), earlier.value(),
                    Amounts.convert(value, found.unit(), earlier.unit()), earlier.unit().label(), false, false));
            merged.notes.addUnreconciled("unreconciled: " + found.source() + " states " + which + " "
                    + value.toPlainString() + " " + found.unit().label());
        }
        return earlier;
    }

    /**
     * Amounts only the text states: each 类 against its 项 (or 款), and the 类 (or, with no 类, the 项) against
     * the total the text gives for the same funds.
     */
    private void reconcileText(Basis totalBasis) {
        var byFund = new LinkedHashMap<Fund, List<MergedLine>>();
        for (var line : lines.values()) {
            if (line.subject.scheme() == Scheme.FUNCTION && line.onlyFromText()
                    && line.measures.containsKey(LineMeasure.TOTAL)) {
                byFund.computeIfAbsent(line.fund, f -> new ArrayList<>()).add(line);
            }
        }
        byFund.forEach((fund, fundLines) -> {
            var classes = fundLines.stream().filter(l -> l.subject.code().length() == 3).toList();
            for (var cls : classes) {
                var items = fundLines.stream().filter(l -> l.subject.code().length() == 7
                        && l.subject.code().startsWith(cls.subject.code())).toList();
                if (!items.isEmpty()) {
                    checkSum(cls, items, "类 " + cls.subject.code() + " = sum of its 项 stated in the text", cls);
                }
            }
            var figure = figures.get("EXPENDITURE_TOTAL/" + fund + "/" + totalBasis);
            var tops = !classes.isEmpty() ? classes
                    : fundLines.stream().filter(l -> l.subject.code().length() == 7).toList();
            if (figure != null && !tops.isEmpty()) {
                var sum = sumOf(tops, figure.first.unit());
                var ok = reconciliation.check(figure.first.lineNumber(), "EXPENDITURE_TOTAL",
                        "the " + (classes.isEmpty() ? "项" : "类") + " the text states (" + fund
                                + ") add up to its total", figure.first.amount(), sum, null);
                if (!ok) {
                    figure.notes.addUnreconciled("unreconciled: the " + (classes.isEmpty() ? "项" : "类")
                            + " stated in the text add up to " + sum.toPlainString());
                }
            }
        });
    }

    private void checkSum(MergedLine parent, List<MergedLine> children, String rule, MergedLine flagged) {
        var stated = parent.measures.get(LineMeasure.TOTAL);
        var sum = sumOf(children, stated.unit());
        var ok = reconciliation.check(stated.line(), parent.subject.code(), rule, stated.value(), sum, null);
        if (!ok) {
            flagged.notes.addUnreconciled("unreconciled: " + rule + ": stated " + stated.value().toPlainString()
                    + ", parts add up to " + sum.toPlainString());
        }
    }

    private static BigDecimal sumOf(List<MergedLine> lines, AmountUnit unit) {
        var sum = BigDecimal.ZERO;
        for (var line : lines) {
            var stated = line.measures.get(LineMeasure.TOTAL);
            sum = sum.add(Amounts.convert(stated.value(), stated.unit(), unit));
        }
        return sum;
    }

    /** The merged lines in the order of the format: by scheme, fund and code. */
    private List<MergedLine> orderedLines() {
        var ordered = new ArrayList<>(lines.values());
        ordered.sort(Comparator.<MergedLine, Integer>comparing(l -> l.subject.scheme().ordinal())
                .thenComparing(l -> l.fund.ordinal()).thenComparing(l -> l.subject.code()));
        return ordered;
    }

    private List<String> unreconciled() {
        var flagged = new ArrayList<String>();
        orderedLines().stream().filter(l -> l.notes.isUnreconciled())
                .forEach(l -> flagged.add(l.subject.code() + " (" + l.fund.name() + ")"));
        figures.values().stream().filter(f -> f.notes.isUnreconciled())
                .forEach(f -> flagged.add(f.first.key() + " (" + f.first.fund().name() + ")"));
        return flagged;
    }

    private List<LinePart> lineParts() {
        var parts = new ArrayList<LinePart>();
        for (var line : orderedLines()) {
            var units = line.measures.values().stream().map(Stated::unit).distinct().toList();
            var unit = units.size() == 1 ? units.getFirst() : AmountUnit.YUAN;
            var values = new EnumMap<LineMeasure, BigDecimal>(LineMeasure.class);
            line.measures.forEach((measure, stated) ->
                    values.put(measure, Amounts.convert(stated.value(), stated.unit(), unit)));
            parts.add(new LinePart(line.subject.scheme().name(), line.subject.code(), line.name, line.namePath,
                    line.fund.name(), values.get(LineMeasure.TOTAL), values.get(LineMeasure.BASIC),
                    values.get(LineMeasure.PERSONNEL), values.get(LineMeasure.PUBLIC_USE),
                    values.get(LineMeasure.PROJECT), values.get(LineMeasure.BUDGET_INITIAL),
                    values.get(LineMeasure.BUDGET_ADJUSTED), unit == amountUnit ? null : unit.label(),
                    String.join("; ", line.sources), line.notes.joined()));
        }
        return parts;
    }

    private List<FigurePart> figureParts() {
        var parts = new ArrayList<FigurePart>();
        for (var merged : figures.values()) {
            var figure = merged.first;
            parts.add(new FigurePart(figure.key(), figure.label(), figure.amount(), figure.fund().name(),
                    figure.basis().name(), year, figure.unit() == amountUnit ? null : figure.unit().label(),
                    String.join("; ", merged.sources), merged.notes.joined(), null));
        }
        return parts;
    }

    private List<ThreePublicPart> threePublicParts() {
        var parts = new ArrayList<ThreePublicPart>();
        for (var merged : threePublic.values()) {
            var units = new LinkedHashSet<AmountUnit>();
            if (merged.budget != null) {
                units.add(merged.budget.unit());
            }
            if (merged.actual != null) {
                units.add(merged.actual.unit());
            }
            var unit = units.size() == 1 ? units.iterator().next() : AmountUnit.YUAN;
            var budget = merged.budget == null ? null
                    : Amounts.convert(merged.budget.value(), merged.budget.unit(), unit);
            var actual = merged.actual == null ? null
                    : Amounts.convert(merged.actual.value(), merged.actual.unit(), unit);
            parts.add(new ThreePublicPart(merged.item.name(), merged.item.label(), merged.fund.name(), budget, actual,
                    null, null, null, null, unit == amountUnit ? null : unit.label(), String.join("; ", merged.sources),
                    merged.notes.joined()));
        }
        return parts;
    }

    private static String measureLabel(LineMeasure measure) {
        return switch (measure) {
            case TOTAL -> "total";
            case BASIC -> "基本支出";
            case PERSONNEL -> "人员经费";
            case PUBLIC_USE -> "公用经费";
            case PROJECT -> "项目支出";
            case BUDGET_INITIAL -> "年初预算";
            case BUDGET_ADJUSTED -> "调整预算";
        };
    }
}
