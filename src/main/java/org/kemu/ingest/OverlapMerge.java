package org.kemu.ingest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.kemu.format.ReportDocument;
import org.kemu.format.ReportDocument.FigurePart;
import org.kemu.format.ReportDocument.LinePart;
import org.kemu.format.ReportDocument.ThreePublicPart;
import org.kemu.money.AmountUnit;
import org.kemu.money.Money;

/**
 * One report out of several files of the same unit, year and kind — a full document and the table file published
 * beside it. The file that states the most lines leads; the others add what it lacks, and every amount they state
 * differently is a disagreement, kept as a note on the report and reported, never a second report. The unit and year
 * are those of the first file that states both.
 */
final class OverlapMerge {

    /** Half of 0.01 万元 in 分: what rounding a 元 amount to 万元 may change. */
    private static final long WAN_YUAN_ROUNDING_FEN = 5_000;

    private OverlapMerge() {
    }

    /** The report and the amounts its files state differently. */
    record Merged(ReportDocument report, List<String> disagreements) {
    }

    /** A report read from one file, with the file's name. */
    record Part(String file, ReportDocument report) {
    }

    static Merged merge(List<Part> parts) {
        var ordered = new ArrayList<>(parts);
        ordered.sort(Comparator.comparingInt((Part p) -> size(p.report().lines())).reversed());
        var lead = ordered.getFirst();
        var unit = unitOf(lead.report());
        var lines = keyed(lead.report().lines(), OverlapMerge::lineKey);
        var figures = keyed(lead.report().figures(), OverlapMerge::figureKey);
        var threePublic = keyed(lead.report().threePublic(), OverlapMerge::threePublicKey);
        var disagreements = new ArrayList<String>();
        var glossary = lead.report().glossary();
        for (var other : ordered.subList(1, ordered.size())) {
            var otherUnit = unitOf(other.report());
            var compare = new Comparison(lead.file(), other.file(), unit, otherUnit, disagreements);
            for (var line : nonNull(other.report().lines())) {
                var key = lineKey(line);
                var stated = lines.get(key);
                if (stated == null) {
                    lines.put(key, otherUnit == unit || line.unit() != null ? line : withUnit(line, otherUnit));
                } else {
                    compare.line(key, stated, line);
                }
            }
            for (var figure : nonNull(other.report().figures())) {
                var key = figureKey(figure);
                var stated = figures.get(key);
                if (stated == null) {
                    figures.put(key, otherUnit == unit || figure.unit() != null ? figure : withUnit(figure, otherUnit));
                } else {
                    compare.amount(key, stated.amount(), stated.unit(), figure.amount(), figure.unit());
                }
            }
            for (var item : nonNull(other.report().threePublic())) {
                var key = threePublicKey(item);
                var stated = threePublic.get(key);
                if (stated == null) {
                    threePublic.put(key, otherUnit == unit || item.unit() != null ? item : withUnit(item, otherUnit));
                } else {
                    compare.amount(key + " budget", stated.budget(), stated.unit(), item.budget(), item.unit());
                    compare.amount(key + " actual", stated.actual(), stated.unit(), item.actual(), item.unit());
                }
            }
            if (glossary == null || glossary.isEmpty()) {
                glossary = other.report().glossary();
            }
        }
        var files = String.join(" + ", ordered.stream().map(Part::file).toList());
        var report = lead.report();
        // a table file often prints neither the unit nor the year: the report is named by the file that does
        var named = ordered.stream().map(Part::report).filter(r -> r.unit().name() != null && r.year() != null)
                .findFirst().orElse(report);
        var note = "one report from " + ordered.size() + " files of the same unit, year and kind (" + files + ")"
                + (disagreements.isEmpty() ? ", which agree wherever both state an amount"
                : "; they disagree on " + disagreements.size() + " amount(s), the first file's kept: "
                + String.join("; ", disagreements));
        var source = new ReportDocument.SourcePart(files, named.source().title(), report.source().url(),
                report.source().note() == null ? note : report.source().note() + "; " + note);
        var notes = new ArrayList<String>(nonNull(report.notes()));
        if (!disagreements.isEmpty()) {
            notes.add(note);
        }
        var merged = new ReportDocument(report.format(), named.unit(), named.year(), report.kind(), source,
                report.amountUnit(), report.staff(), report.divisions(), List.copyOf(lines.values()),
                List.copyOf(figures.values()), List.copyOf(threePublic.values()), report.counts(), glossary,
                report.projects(), notes.isEmpty() ? null : List.copyOf(notes), report.replaceEmpty());
        return new Merged(merged, List.copyOf(disagreements));
    }

    /** Compares what two files state for the same key, in 分, allowing for 万元 rounding. */
    private record Comparison(String leadFile, String otherFile, AmountUnit leadUnit, AmountUnit otherUnit,
                              List<String> disagreements) {

        void line(String key, LinePart lead, LinePart other) {
            amount(key + " total", lead.total(), lead.unit(), other.total(), other.unit());
            amount(key + " basic", lead.basic(), lead.unit(), other.basic(), other.unit());
            amount(key + " project", lead.project(), lead.unit(), other.project(), other.unit());
            amount(key + " personnel", lead.personnel(), lead.unit(), other.personnel(), other.unit());
            amount(key + " publicUse", lead.publicUse(), lead.unit(), other.publicUse(), other.unit());
        }

        void amount(String what, BigDecimal lead, String leadLabel, BigDecimal other, String otherLabel) {
            if (lead == null || other == null) {
                return;
            }
            var leadIn = leadLabel == null ? leadUnit : AmountUnit.ofLabel(leadLabel);
            var otherIn = otherLabel == null ? otherUnit : AmountUnit.ofLabel(otherLabel);
            var difference = Math.abs(Money.toFen(lead, leadIn) - Money.toFen(other, otherIn));
            var tolerance = leadIn == AmountUnit.WAN_YUAN || otherIn == AmountUnit.WAN_YUAN ? WAN_YUAN_ROUNDING_FEN : 0;
            if (difference > tolerance) {
                disagreements.add(what + ": " + lead.toPlainString() + " " + leadIn.label() + " in " + leadFile + ", "
                        + other.toPlainString() + " " + otherIn.label() + " in " + otherFile);
            }
        }
    }

    private static AmountUnit unitOf(ReportDocument report) {
        var unit = AmountUnit.ofLabel(report.amountUnit());
        return unit == null ? AmountUnit.YUAN : unit;
    }

    private static String lineKey(LinePart line) {
        var subject = line.code() != null ? line.code() : String.join("/", nonNull(line.namePath()));
        return line.scheme() + " " + subject + " " + line.fund();
    }

    private static String figureKey(FigurePart figure) {
        return figure.key() + " " + figure.effectiveFund() + " " + figure.effectiveBasis()
                + (figure.year() == null ? "" : " " + figure.year());
    }

    private static String threePublicKey(ThreePublicPart item) {
        return "三公 " + item.item() + " " + item.effectiveFund();
    }

    private static LinePart withUnit(LinePart l, AmountUnit unit) {
        return new LinePart(l.scheme(), l.code(), l.name(), l.namePath(), l.fund(), l.total(), l.basic(), l.personnel(),
                l.publicUse(), l.project(), l.budgetInitial(), l.budgetAdjusted(), unit.label(), l.table(), l.note());
    }

    private static FigurePart withUnit(FigurePart f, AmountUnit unit) {
        return new FigurePart(f.key(), f.label(), f.amount(), f.fund(), f.basis(), f.year(), unit.label(), f.table(),
                f.note(), f.reason());
    }

    private static ThreePublicPart withUnit(ThreePublicPart t, AmountUnit unit) {
        return new ThreePublicPart(t.item(), t.label(), t.fund(), t.budget(), t.actual(), t.batches(), t.people(),
                t.vehicles(), t.details(), unit.label(), t.table(), t.note());
    }

    private static <T> Map<String, T> keyed(List<T> items, Function<T, String> key) {
        var map = new LinkedHashMap<String, T>();
        nonNull(items).forEach(item -> map.putIfAbsent(key.apply(item), item));
        return map;
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static int size(List<?> list) {
        return list == null ? 0 : list.size();
    }
}
