package org.kemu.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.kemu.extraction.FoundThreePublic.ThreePublic;
import org.kemu.report.Basis;
import org.kemu.report.Fund;
import org.kemu.report.ReportKind;

/**
 * Reads a “三公”经费 table. Templates order the items differently (车 before or after 接待, a 小计 for all three or
 * only for the vehicles, 会议费/培训费/机关运行经费 beside them, 预算数 and 决算数 in two halves or in pairs), so the
 * columns come from the header words in printed order; amounts go to columns in order by position, preferring the
 * reading in which the items add up.
 */
final class ThreePublicTableReader {

    private static final long INCONSISTENT = 1_000_000L;

    /** What a header word of the table says. */
    private enum Word { GRAND, TOTAL, SUBTOTAL, OUTBOUND, VEHICLE_SPAN, PURCHASE, OPERATION, RECEPTION,
        OPERATING_EXPENSES, OTHER, BUDGET, ACTUAL }

    private record Column(ThreePublic item, boolean budget, boolean operatingExpenses, int position) {
    }

    Reading read(SourceText text, FoundTable table, ReportKind kind) {
        var reading = Reading.of(table);
        var headerLines = new ArrayList<SourceText.Line>();
        SourceText.Line dataLine = null;
        List<Token> amounts = List.of();
        for (var body : TableBody.of(text, table)) {
            var line = body.line();
            var tokens = body.tokens();
            var numbers = tokens.stream().filter(t -> t.isNumber() || t.kind() == Token.Kind.BLANK).toList();
            var isData = numbers.stream().anyMatch(t -> !t.isPlainDigits())
                    || numbers.size() > 1 && !isColumnNumbering(numbers) && tokens.stream().noneMatch(Token::isText);
            if (isData && dataLine == null) {
                dataLine = line;
                amounts = numbers;
            } else if (dataLine == null) {
                headerLines.add(line);
            } else if (isData) {
                reading.skip(line, "a second row of amounts; the table has one");
            }
        }
        if (dataLine == null) {
            return reading;
        }
        var columns = columns(headerLines, kind);
        if (columns.isEmpty()) {
            reading.skip(dataLine, "the header names no “三公” column this reader knows");
            return reading;
        }
        var values = assign(columns, amounts);
        if (values == null) {
            reading.skip(dataLine, amounts.size() + " amounts, but the header has " + columns.size() + " columns");
            return reading;
        }
        reading.read();
        emit(values, columns, table, kind, dataLine.number(), reading);
        return reading;
    }

    /** "1 2 3 … 12": the column numbering some templates print under the header. */
    private static boolean isColumnNumbering(List<Token> numbers) {
        for (int i = 0; i < numbers.size(); i++) {
            if (!numbers.get(i).isPlainDigits() || Integer.parseInt(numbers.get(i).text()) != i + 1) {
                return false;
            }
        }
        return true;
    }

    private static Word wordOf(String text) {
        if (text.contains("机关运行")) {
            return Word.OPERATING_EXPENSES;
        }
        if (text.contains("会议费") || text.contains("培训费")) {
            return Word.OTHER;
        }
        if (text.contains("因公出国")) {
            return Word.OUTBOUND;
        }
        if (text.contains("购置及运行")) {
            return Word.VEHICLE_SPAN;
        }
        if (text.contains("购置")) {
            return Word.PURCHASE;
        }
        if (text.contains("运行")) {
            return Word.OPERATION;
        }
        if (text.contains("公务接待")) {
            return Word.RECEPTION;
        }
        if (text.equals("小计")) {
            return Word.SUBTOTAL;
        }
        if (text.equals("合计")) {
            return Word.TOTAL;
        }
        if (text.endsWith("预算数") || text.equals("预算")) {
            return Word.BUDGET;
        }
        if (text.endsWith("决算数") || text.equals("决算")) {
            return Word.ACTUAL;
        }
        return null;
    }

    private static List<Column> columns(List<SourceText.Line> headerLines, ReportKind kind) {
        var items = new ArrayList<HeaderLabels.Label<Word>>();
        var marks = new ArrayList<HeaderLabels.Label<Word>>();
        for (var label : HeaderLabels.find(headerLines, ThreePublicTableReader::wordOf)) {
            (label.tag() == Word.BUDGET || label.tag() == Word.ACTUAL ? marks : items).add(label);
        }
        items.sort(Comparator.comparingInt(HeaderLabels.Label::center));
        marks.sort(Comparator.comparingInt(HeaderLabels.Label::center));
        return halves(itemColumns(items, kind), marks, kind);
    }

    /**
     * The item each header word heads, in printed order. A 小计 before 因公出国 totals the three (its 合计 then
     * includes 会议费 and 培训费); after it, the vehicles. Columns of no item (that 合计, 会议费, 培训费, 机关运行经费)
     * stay in place so that the amounts around them keep theirs.
     */
    private static List<Column> itemColumns(List<HeaderLabels.Label<Word>> items, ReportKind kind) {
        var outbound = items.stream().filter(l -> l.tag() == Word.OUTBOUND).mapToInt(HeaderLabels.Label::center)
                .min().orElse(Integer.MAX_VALUE);
        var hasVehicleSubtotal = items.stream().anyMatch(l -> l.tag() == Word.SUBTOTAL && l.center() > outbound);
        var hasThreePublicSubtotal = items.stream().anyMatch(l -> l.tag() == Word.SUBTOTAL && l.center() < outbound);
        var columns = new ArrayList<Column>();
        for (var label : items) {
            if (label.tag() == Word.VEHICLE_SPAN && hasVehicleSubtotal) {
                continue;
            }
            var item = switch (label.tag()) {
                case TOTAL -> hasThreePublicSubtotal ? null : ThreePublic.TOTAL;
                case SUBTOTAL -> label.center() < outbound ? ThreePublic.TOTAL : ThreePublic.VEHICLE_TOTAL;
                case OUTBOUND -> ThreePublic.OUTBOUND;
                case VEHICLE_SPAN -> ThreePublic.VEHICLE_TOTAL;
                case PURCHASE -> ThreePublic.VEHICLE_PURCHASE;
                case OPERATION -> ThreePublic.VEHICLE_OPERATION;
                case RECEPTION -> ThreePublic.RECEPTION;
                default -> null;
            };
            columns.add(new Column(item, kind == ReportKind.BUDGET, label.tag() == Word.OPERATING_EXPENSES,
                    label.center()));
        }
        return columns;
    }

    /**
     * Which columns hold the budget and which the actual: all of one when the header says only 预算数 (or only
     * 决算数, or nothing); a 预算数 and a 决算数 under every item; or a half of the table each, its items printed
     * twice.
     */
    private static List<Column> halves(List<Column> named, List<HeaderLabels.Label<Word>> marks, ReportKind kind) {
        var hasBudget = marks.stream().anyMatch(m -> m.tag() == Word.BUDGET);
        var hasActual = marks.stream().anyMatch(m -> m.tag() == Word.ACTUAL);
        if (!hasBudget || !hasActual) {
            var budget = kind == ReportKind.BUDGET || hasBudget;
            return named.stream().map(c -> new Column(c.item(), budget, c.operatingExpenses(), c.position())).toList();
        }
        if (marks.size() == 2 * named.size()) {
            var paired = new ArrayList<Column>();
            for (int i = 0; i < marks.size(); i++) {
                var column = named.get(i / 2);
                paired.add(new Column(column.item(), marks.get(i).tag() == Word.BUDGET, column.operatingExpenses(),
                        marks.get(i).center()));
            }
            return paired;
        }
        if (named.stream().map(Column::item).distinct().count() < named.size()) {
            var seen = new HashSet<ThreePublic>();
            var halves = new ArrayList<Column>();
            for (var column : named) {
                var firstHalf = column.item() == null || seen.add(column.item());
                halves.add(new Column(column.item(), firstHalf, column.operatingExpenses(), column.position()));
            }
            return halves;
        }
        var budgetCenter = marks.stream().filter(m -> m.tag() == Word.BUDGET).mapToInt(HeaderLabels.Label::center)
                .min().orElse(0);
        var actualCenter = marks.stream().filter(m -> m.tag() == Word.ACTUAL).mapToInt(HeaderLabels.Label::center)
                .min().orElse(0);
        var boundary = (budgetCenter + actualCenter) / 2;
        return named.stream().map(c -> new Column(c.item(), c.position() < boundary, c.operatingExpenses(),
                c.position())).toList();
    }

    /** Amounts to columns in printed order, nearest first, preferring the reading in which the items add up. */
    private static Map<Integer, BigDecimal> assign(List<Column> columns, List<Token> amounts) {
        if (amounts.size() > columns.size() || amounts.isEmpty()) {
            return null;
        }
        int[] best = null;
        var bestScore = Long.MAX_VALUE;
        for (var choice : ColumnAssigner.combinations(columns.size(), amounts.size())) {
            var values = valuesOf(choice, amounts);
            long score = addsUp(columns, values) ? 0 : INCONSISTENT;
            if (amounts.size() < columns.size()) {
                for (int i = 0; i < choice.length; i++) {
                    var token = amounts.get(i);
                    score += Math.abs((token.start() + token.end()) / 2 - columns.get(choice[i]).position());
                }
            }
            if (score < bestScore) {
                bestScore = score;
                best = choice;
            }
        }
        return valuesOf(best, amounts);
    }

    private static Map<Integer, BigDecimal> valuesOf(int[] choice, List<Token> amounts) {
        var values = new HashMap<Integer, BigDecimal>();
        for (int i = 0; i < choice.length; i++) {
            if (amounts.get(i).isNumber()) {
                values.put(choice[i], amounts.get(i).value());
            }
        }
        return values;
    }

    private static boolean addsUp(List<Column> columns, Map<Integer, BigDecimal> values) {
        for (var budget : new boolean[] {true, false}) {
            var items = new EnumMap<ThreePublic, BigDecimal>(ThreePublic.class);
            values.forEach((index, value) -> {
                var column = columns.get(index);
                if (column.item() != null && column.budget() == budget) {
                    items.putIfAbsent(column.item(), value);
                }
            });
            if (!consistent(items)) {
                return false;
            }
        }
        return true;
    }

    static boolean consistent(Map<ThreePublic, BigDecimal> items) {
        var total = items.get(ThreePublic.TOTAL);
        var vehicles = items.get(ThreePublic.VEHICLE_TOTAL);
        if (total != null && (items.containsKey(ThreePublic.OUTBOUND) || vehicles != null
                || items.containsKey(ThreePublic.RECEPTION))) {
            var parts = items.getOrDefault(ThreePublic.OUTBOUND, BigDecimal.ZERO)
                    .add(vehicles != null ? vehicles : items.getOrDefault(ThreePublic.VEHICLE_PURCHASE, BigDecimal.ZERO)
                            .add(items.getOrDefault(ThreePublic.VEHICLE_OPERATION, BigDecimal.ZERO)))
                    .add(items.getOrDefault(ThreePublic.RECEPTION, BigDecimal.ZERO));
            if (total.compareTo(parts) != 0) {
                return false;
            }
        }
        if (vehicles != null && (items.containsKey(ThreePublic.VEHICLE_PURCHASE)
                || items.containsKey(ThreePublic.VEHICLE_OPERATION))) {
            var parts = items.getOrDefault(ThreePublic.VEHICLE_PURCHASE, BigDecimal.ZERO)
                    .add(items.getOrDefault(ThreePublic.VEHICLE_OPERATION, BigDecimal.ZERO));
            return vehicles.compareTo(parts) == 0;
        }
        return true;
    }

    private static void emit(Map<Integer, BigDecimal> values, List<Column> columns, FoundTable table,
                             ReportKind kind, int line, Reading reading) {
        var budget = new EnumMap<ThreePublic, BigDecimal>(ThreePublic.class);
        var actual = new EnumMap<ThreePublic, BigDecimal>(ThreePublic.class);
        for (var entry : new TreeMap<>(values).entrySet()) {
            var column = columns.get(entry.getKey());
            if (column.operatingExpenses()) {
                reading.figure("OPERATING_EXPENSES", "机关运行经费", entry.getValue(), Fund.GENERAL_PUBLIC_BUDGET,
                        Basis.statedBy(kind), line);
            } else if (column.item() != null) {
                (column.budget() ? budget : actual).putIfAbsent(column.item(), entry.getValue());
            }
        }
        var fund = table.fund() == Fund.ALL ? Fund.FISCAL : table.fund();
        for (var item : ThreePublic.values()) {
            if (budget.containsKey(item) || actual.containsKey(item)) {
                reading.threePublic().add(new FoundThreePublic(item, fund, budget.get(item), actual.get(item),
                        table.unit(), table.name(), line));
            }
        }
        check(budget, "预算数", line, reading);
        check(actual, "决算数", line, reading);
    }

    private static void check(Map<ThreePublic, BigDecimal> items, String which, int line, Reading reading) {
        var total = items.get(ThreePublic.TOTAL);
        if (total == null) {
            return;
        }
        var vehicles = items.containsKey(ThreePublic.VEHICLE_TOTAL) ? items.get(ThreePublic.VEHICLE_TOTAL)
                : items.getOrDefault(ThreePublic.VEHICLE_PURCHASE, BigDecimal.ZERO)
                .add(items.getOrDefault(ThreePublic.VEHICLE_OPERATION, BigDecimal.ZERO));
        var parts = items.getOrDefault(ThreePublic.OUTBOUND, BigDecimal.ZERO).add(vehicles)
                .add(items.getOrDefault(ThreePublic.RECEPTION, BigDecimal.ZERO));
        reading.check(line, "“三公”经费", which + ": 合计 = 因公出国（境）费 + 公务用车购置及运行费 + 公务接待费", total, parts,
                null);
        if (items.containsKey(ThreePublic.VEHICLE_TOTAL)) {
            reading.check(line, "公务用车购置及运行费", which + ": 公务用车购置及运行费 = 购置费 + 运行费",
                    items.get(ThreePublic.VEHICLE_TOTAL),
                    items.getOrDefault(ThreePublic.VEHICLE_PURCHASE, BigDecimal.ZERO)
                            .add(items.getOrDefault(ThreePublic.VEHICLE_OPERATION, BigDecimal.ZERO)), null);
        }
    }
}
