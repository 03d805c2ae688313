package org.kemu.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.kemu.format.ReportDocument;
import org.kemu.format.ReportDocument.LinePart;
import org.kemu.money.AmountUnit;
import org.kemu.money.Money;

/**
 * Compares an extracted report with the hand-made one for every figure the extraction covers: each measure of each
 * line, each figure and each “三公” amount the extractor states must equal what the hand-made report states for the
 * same key. Amounts compare in 分, so a line the extractor keeps in another unit compares exactly.
 */
final class SeedComparison {

    private final ReportDocument extracted;
    private final ReportDocument seed;
    final List<String> mismatches = new ArrayList<>();
    final List<String> notInSeed = new ArrayList<>();
    int linesCompared;
    int figuresCompared;
    int threePublicCompared;
    int glossaryCompared;

    SeedComparison(ReportDocument extracted, ReportDocument seed) {
        this.extracted = extracted;
        this.seed = seed;
        compareLines();
        compareFigures();
        compareThreePublic();
        compareGlossary();
    }

    /** How many of the hand-made 功能分类 项 lines the extraction has with the same code, funds and total. */
    int itemsFound() {
        var found = 0;
        var lines = linesByKey(extracted);
        for (var line : list(seed.lines())) {
            if (!isFunctionItem(line)) {
                continue;
            }
            var mine = lines.get(key(line));
            if (mine != null && mine.total() != null && line.total() != null
                    && fen(mine.total(), mine.unit(), extracted) == fen(line.total(), line.unit(), seed)) {
                found++;
            }
        }
        return found;
    }

    int itemsInSeed() {
        return (int) list(seed.lines()).stream().filter(SeedComparison::isFunctionItem).count();
    }

    private static boolean isFunctionItem(LinePart line) {
        return "FUNCTION".equals(line.scheme()) && line.code().length() == 7;
    }

    private void compareLines() {
        var seedLines = linesByKey(seed);
        for (var line : list(extracted.lines())) {
            var expected = seedLines.get(key(line));
            if (expected == null) {
                notInSeed.add("line " + key(line));
                continue;
            }
            linesCompared++;
            measure(line, expected, "total", line.total(), expected.total());
            measure(line, expected, "basic", line.basic(), expected.basic());
            measure(line, expected, "personnel", line.personnel(), expected.personnel());
            measure(line, expected, "publicUse", line.publicUse(), expected.publicUse());
            measure(line, expected, "project", line.project(), expected.project());
            measure(line, expected, "budgetInitial", line.budgetInitial(), expected.budgetInitial());
            measure(line, expected, "budgetAdjusted", line.budgetAdjusted(), expected.budgetAdjusted());
        }
    }

    private void measure(LinePart line, LinePart expected, String name, BigDecimal mine, BigDecimal theirs) {
        if (mine == null) {
            return;
        }
        if (theirs == null) {
            mismatches.add("line " + key(line) + " " + name + ": extracted " + mine + ", the hand-made report has none");
        } else if (fen(mine, line.unit(), extracted) != fen(theirs, expected.unit(), seed)) {
            mismatches.add("line " + key(line) + " " + name + ": extracted " + mine + ", hand-made " + theirs);
        }
    }

    private void compareFigures() {
        var seedFigures = new HashMap<String, List<Long>>();
        for (var figure : list(seed.figures())) {
            seedFigures.computeIfAbsent(figureKey(figure, seed), k -> new ArrayList<>())
                    .add(fen(figure.amount(), figure.unit(), seed));
        }
        for (var figure : list(extracted.figures())) {
            var expected = seedFigures.get(figureKey(figure, extracted));
            if (expected == null) {
                notInSeed.add("figure " + figureKey(figure, extracted));
                continue;
            }
            figuresCompared++;
            if (!expected.contains(fen(figure.amount(), figure.unit(), extracted))) {
                mismatches.add("figure " + figureKey(figure, extracted) + ": extracted " + figure.amount()
                        + ", hand-made " + expected + " (分)");
            }
        }
    }

    private static String figureKey(ReportDocument.FigurePart figure, ReportDocument report) {
        var year = figure.year() == null ? report.year() : figure.year();
        var fund = figure.fund() == null ? "ALL" : figure.fund();
        return figure.key() + "/" + fund + "/" + figure.basis() + "/" + year;
    }

    private void compareThreePublic() {
        var seedItems = new HashMap<String, ReportDocument.ThreePublicPart>();
        list(seed.threePublic()).forEach(item -> seedItems.put(item.item() + "/" + item.fund(), item));
        for (var item : list(extracted.threePublic())) {
            var expected = seedItems.get(item.item() + "/" + item.fund());
            if (expected == null) {
                notInSeed.add("“三公” " + item.item() + "/" + item.fund());
                continue;
            }
            threePublicCompared++;
            amount(item, "budget", item.budget(), item.unit(), expected.budget(), expected.unit());
            amount(item, "actual", item.actual(), item.unit(), expected.actual(), expected.unit());
        }
    }

    private void amount(ReportDocument.ThreePublicPart item, String name, BigDecimal mine, String unit,
                        BigDecimal theirs, String theirUnit) {
        if (mine == null) {
            return;
        }
        if (theirs == null || fen(mine, unit, extracted) != fen(theirs, theirUnit, seed)) {
            mismatches.add("“三公” " + item.item() + " " + name + ": extracted " + mine + ", hand-made " + theirs);
        }
    }

    private void compareGlossary() {
        var seedEntries = new HashMap<String, ReportDocument.GlossaryPart>();
        list(seed.glossary()).forEach(entry -> seedEntries.put(entry.number(), entry));
        for (var entry : list(extracted.glossary())) {
            var expected = seedEntries.get(entry.number());
            glossaryCompared++;
            if (expected == null || !Objects.equals(expected.term(), entry.term())
                    || !Objects.equals(expected.text(), entry.text())) {
                mismatches.add("名词解释 " + entry.number() + ": extracted " + entry.term() + "：" + entry.text());
            }
        }
    }

    private static Map<String, LinePart> linesByKey(ReportDocument report) {
        var lines = new HashMap<String, LinePart>();
        list(report.lines()).forEach(line -> lines.put(key(line), line));
        return lines;
    }

    private static String key(LinePart line) {
        return line.scheme() + "/" + line.code() + "/" + line.fund();
    }

    private static long fen(BigDecimal amount, String unit, ReportDocument report) {
        var label = unit != null ? unit : report.amountUnit();
        return Money.toFen(amount, AmountUnit.ofLabel(label));
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }
}
