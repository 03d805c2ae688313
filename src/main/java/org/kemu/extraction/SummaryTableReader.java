package org.kemu.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.kemu.classification.Scheme;
import org.kemu.extraction.SubjectCatalog.Subject;
import org.kemu.report.Basis;
import org.kemu.report.ReportKind;

/**
 * Reads a 收入支出决算总表 / 收支预算总表 and its 财政拨款 counterpart: income on the left, expenditure by 类 on the
 * right, totals at the bottom; and a 收入预算总表 / 收入决算表, income only: its labelled sources and totals become
 * the income figures, which the assembler checks against the same figures of the 收支总表 (the group subtotals of
 * these tables are laid out too variously to be summed safely). Each label takes the amounts printed after it (the 行次 row number dropped); amounts
 * the layout printed on a line of their own go to the label in the same columns. The 类 become lines (the 合计
 * column only), the labels with a meaning in the format become figures, and the totals are checked against each
 * other.
 */
final class SummaryTableReader {

    private static final Pattern ORDINAL = Pattern.compile("^(?:[一二三四五六七八九十]+[、.]|\\d+[.、．]|其中[:：])+");
    private static final int ORPHAN_REACH = 2;
    /** How far below its start a wrapped label's last part or its amounts may be printed. */
    private static final int WRAP_REACH = 2;
    /** How far a wrapped label's continuation may start from the label's start, in columns. */
    private static final int WRAP_ALIGN = 4;
    private static final int WRAP_PART_LENGTH = 5;
    private static final Pattern NOT_A_WRAP_PART = Pattern.compile("^(?:小计|合计|总计|其中.*|.*\\d.*)$");
    private static final int ROW_NUMBER_DIGITS = 3;
    /** The headings of the code columns (类 款 项), which some layouts print below the amounts of the first row. */
    private static final Pattern CODE_HEADING = Pattern.compile("^[类款项]{1,3}$");
    /** The expenditure side starts where most 类 labels start; labels a little to the left still belong to it. */
    private static final int SIDE_TOLERANCE = 8;

    /** The labels with a meaning in the format, tried in order; 总计 and the fund labels depend on the side. */
    private static final List<Map.Entry<Pattern, String>> INCOME_LABELS = List.of(
            Map.entry(Pattern.compile("^(?:本年收入合计|当年收入小计|本年收入小计|收入合计)$"), "INCOME_TOTAL"),
            Map.entry(Pattern.compile("^(?:收入总计)$"), "INCOME_GRAND_TOTAL"),
            Map.entry(Pattern.compile("^一般公共预算(?:财政拨款)?(?:收入|资金)?$"), "INCOME_GENERAL_PUBLIC_BUDGET"),
            Map.entry(Pattern.compile("^政府性基金(?:预算)?(?:财政拨款)?(?:收入|资金)?$"), "INCOME_GOV_FUND"),
            Map.entry(Pattern.compile("^国有资本经营预算(?:财政拨款)?(?:收入|资金)?$"), "INCOME_STATE_CAPITAL"),
            Map.entry(Pattern.compile("^财政拨款(?:收入)?$"), "INCOME_FISCAL"),
            Map.entry(Pattern.compile("^上级补助收入$"), "INCOME_SUPERIOR_SUBSIDY"),
            Map.entry(Pattern.compile("^事业收入$"), "INCOME_BUSINESS"),
            Map.entry(Pattern.compile("^(?:事业单位)?经营收入$"), "INCOME_OPERATING"),
            Map.entry(Pattern.compile("^附属单位上缴收入$"), "INCOME_AFFILIATED"),
            Map.entry(Pattern.compile("^其他收入$"), "INCOME_OTHER"),
            Map.entry(Pattern.compile("^使用非财政拨款结余.*"), "NON_FISCAL_BALANCE_USED"),
            Map.entry(Pattern.compile("^(?:年初(?:财政拨款)?结转和结余|(?:动用)?上年结转(?:和结余)?(?:资金)?)$"),
                    "CARRYOVER_BEGIN"),
            Map.entry(Pattern.compile("^(?:公共财政|一般公共预算)?(?:财政)?拨款\\(补助\\)资金$"),
                    "INCOME_GENERAL_PUBLIC_BUDGET"));
    private static final List<Map.Entry<Pattern, String>> EXPENDITURE_LABELS = List.of(
            Map.entry(Pattern.compile("^(?:本年支出合计|当年支出小计|本年支出小计|支出合计)$"), "EXPENDITURE_TOTAL"),
            Map.entry(Pattern.compile("^支出总计$"), "EXPENDITURE_GRAND_TOTAL"),
            Map.entry(Pattern.compile("^结余分配$"), "SURPLUS_DISTRIBUTION"),
            Map.entry(Pattern.compile("^(?:年末(?:财政拨款)?结转和结余|结转下年(?:资金)?)$"), "CARRYOVER_END"),
            Map.entry(Pattern.compile("^基本支出$"), "EXPENDITURE_BASIC"),
            Map.entry(Pattern.compile("^项目支出$"), "EXPENDITURE_PROJECT"));

    private final SubjectResolver resolver;

    SummaryTableReader(SubjectResolver resolver) {
        this.resolver = resolver;
    }

    /** A label and the amounts printed after it. */
    private static final class Entry {
        final SourceText.Line line;
        String label;
        String printed;
        final int start;
        int end = Integer.MAX_VALUE;
        final List<Token> amounts = new ArrayList<>();

        /** Whether the label was printed with an ordinal ("三、"): the start of a label, never the rest of one. */
        final boolean numbered;
        boolean wrapped;

        Entry(SourceText.Line line, Token token) {
            this.line = line;
            this.numbered = ORDINAL.matcher(token.compact()).lookingAt();
            this.label = ORDINAL.matcher(token.compact()).replaceFirst("");
            this.printed = TableRows.stripOrdinal(token.printedCompact());
            this.start = token.start();
        }
    }

    /** An amount printed in a column whose label is on another line (a wrapped cell centred on its neighbours). */
    private record Displaced(Token amount, int column, SourceText.Line line, Entry owner) {
    }

    Reading read(SourceText text, FoundTable table, ReportKind kind) {
        var reading = Reading.of(table);
        var rowNumbers = false;
        var entries = new ArrayList<Entry>();
        var pending = new ArrayList<List<Token>>();
        var pendingLines = new ArrayList<SourceText.Line>();
        var labelColumns = new ArrayList<Integer>();
        var displaced = new ArrayList<Displaced>();
        var inHeader = true;
        List<Entry> previous = List.of();
        var recent = new ArrayList<Entry>();
        for (var body : TableBody.of(text, table).droppingPageNumbers()) {
            var line = body.line();
            var tokens = body.tokens();
            if (line.compact().contains("行次")) {
                rowNumbers = true;
            }
            if (tokens.stream().anyMatch(t -> t.isNumber() && !t.isPlainDigits())) {
                inHeader = false;
            }
            if (inHeader) {
                tokens.stream().filter(t -> t.isText() && isLabelHeading(t.compact())).map(Token::start)
                        .forEach(labelColumns::add);
            }
            if (tokens.stream().allMatch(t -> t.isNumber() || t.kind() == Token.Kind.BLANK)) {
                if (tokens.stream().anyMatch(t -> !t.isPlainDigits())) {
                    pending.add(tokens);
                    pendingLines.add(line);
                }
                continue;
            }
            var firstText = 0;
            while (firstText < tokens.size() && !tokens.get(firstText).isText()) {
                firstText++;
            }
            if (firstText > 0 && !recent.isEmpty()) {
                // amounts before the first label of a line: the cells of labels wrapped around this line, above it
                placeLeading(tokens.subList(0, firstText), recent, line, reading);
            }
            var lineEntries = new ArrayList<>(entriesOf(line, tokens, rowNumbers, labelColumns, displaced));
            lineEntries.removeIf(entry -> mergedIntoLabelAbove(entry, recent));
            if (lineEntries.isEmpty()) {
                continue;
            }
            for (int i = 0; i < pending.size(); i++) {
                var near = line.number() - pendingLines.get(i).number() <= ORPHAN_REACH ? lineEntries : previous;
                place(pending.get(i), near, pendingLines.get(i), reading);
            }
            pending.clear();
            pendingLines.clear();
            entries.addAll(lineEntries);
            previous = lineEntries;
            var current = line.number();
            recent.removeIf(e -> current - e.line.number() > WRAP_REACH);
            recent.addAll(lineEntries);
        }
        for (int i = 0; i < pending.size(); i++) {
            place(pending.get(i), previous, pendingLines.get(i), reading);
        }
        displaced.forEach(d -> placeDisplaced(d, entries));
        interpret(entries, table, kind, reading);
        return reading;
    }

    /**
     * The rest of a label that a narrow column wrapped onto the next line ("十八、住房保障支" over "出"): a short text
     * without an ordinal or amounts, starting where a numbered label starts a line or two above. It joins that label
     * (once) instead of being one.
     */
    private static boolean mergedIntoLabelAbove(Entry entry, List<Entry> recent) {
        if (!entry.amounts.isEmpty() || entry.label.length() > WRAP_PART_LENGTH || entry.numbered
                || NOT_A_WRAP_PART.matcher(entry.label).matches()
                || keyOf(entry.label, true) != null || keyOf(entry.label, false) != null) {
            return false;
        }
        for (int i = recent.size() - 1; i >= 0; i--) {
            var above = recent.get(i);
            if (above.line.number() < entry.line.number() && Math.abs(above.start - entry.start) <= WRAP_ALIGN) {
                if (above.wrapped || !above.numbered) {
                    return false;
                }
                above.label = above.label + entry.label;
                above.printed = above.printed + entry.printed;
                above.wrapped = true;
                return true;
            }
        }
        return false;
    }

    /** Amounts that open a line go, by column, to labels of the lines just above that have none yet. */
    private static void placeLeading(List<Token> amounts, List<Entry> recent, SourceText.Line line, Reading reading) {
        for (var amount : amounts) {
            if (!amount.isNumber() || amount.isPlainDigits()) {
                continue;
            }
            Entry target = null;
            for (var entry : recent) {
                if (entry.amounts.isEmpty() && amount.end() > entry.start && amount.start() < entry.end
                        && line.number() - entry.line.number() <= WRAP_REACH) {
                    target = entry;
                }
            }
            if (target == null) {
                reading.skip(line, "an amount under no label");
                continue;
            }
            target.amounts.add(amount);
        }
    }

    /** The header of a column of labels: 项目, 项目名称, 功能科目名称, or "功能科目名" over "称" in a narrow one. */
    private static boolean isLabelHeading(String compact) {
        return compact.equals("项目") || compact.endsWith("名称") || compact.endsWith("名");
    }

    /**
     * The labels of a line, each with the amounts after it; an amount beyond the start of the column of labels after
     * the label's own (its label wrapped onto the lines around it) is set aside as displaced.
     */
    private static List<Entry> entriesOf(SourceText.Line line, List<Token> tokens, boolean rowNumbers,
                                         List<Integer> labelColumns, List<Displaced> displaced) {
        var entries = new ArrayList<Entry>();
        Entry current = null;
        for (var token : tokens) {
            if (token.isText() && CODE_HEADING.matcher(token.compact()).matches()) {
                continue;
            }
            if (token.isText()) {
                current = new Entry(line, token);
                entries.add(current);
            } else if (current != null && token.isNumber() && !line.hasTabs()) {
                var from = current.start;
                var own = labelColumns.stream().min(Comparator.comparingInt(c -> Math.abs(c - from)))
                        .orElse(Integer.MAX_VALUE);
                var column = labelColumns.stream().filter(c -> c > own && c > from && c <= token.start())
                        .max(Integer::compare).orElse(null);
                if (column != null) {
                    displaced.add(new Displaced(token, column, line, current));
                    continue;
                }
                var isRowNumber = rowNumbers && current.amounts.isEmpty() && token.isPlainDigits()
                        && token.text().length() <= ROW_NUMBER_DIGITS;
                if (!isRowNumber) {
                    current.amounts.add(token);
                }
            } else if (current != null) {
                var isRowNumber = rowNumbers && current.amounts.isEmpty() && token.isPlainDigits()
                        && token.text().length() <= ROW_NUMBER_DIGITS;
                if (!isRowNumber) {
                    current.amounts.add(token);
                }
            }
        }
        for (int i = 0; i + 1 < entries.size(); i++) {
            entries.get(i).end = entries.get(i + 1).start;
        }
        return entries;
    }

    /**
     * Amounts printed on a line of their own go, by column, to the labels of a line near it; plain digits under no
     * label are the codes of a row whose name the layout moved to the lines below, not amounts.
     */
    private static void place(List<Token> amounts, List<Entry> entries, SourceText.Line line, Reading reading) {
        for (var amount : amounts) {
            var entry = entries.stream().filter(e -> amount.end() > e.start && amount.start() < e.end).findFirst()
                    .orElse(null);
            if (entry == null && amount.isPlainDigits()) {
                continue;
            }
            if (entry == null) {
                reading.skip(line, "an amount under no label");
                continue;
            }
            entry.amounts.add(amount);
            entry.amounts.sort(Comparator.comparingInt(Token::start));
        }
    }

    /**
     * A displaced amount goes to the nearest label without amounts in its column, above first; with none there (a
     * total spanning the columns), back to the label printed before it.
     */
    private static void placeDisplaced(Displaced displaced, List<Entry> entries) {
        var number = displaced.line().number();
        Entry best = null;
        var bestDistance = Integer.MAX_VALUE;
        for (var entry : entries) {
            var distance = number - entry.line.number();
            var rank = distance >= 0 ? 2 * distance : -2 * distance + 1;
            if (entry.amounts.isEmpty() && Math.abs(distance) <= ORPHAN_REACH
                    && entry.start >= displaced.column() - SIDE_TOLERANCE && entry.start < displaced.amount().start()
                    && rank < bestDistance) {
                best = entry;
                bestDistance = rank;
            }
        }
        var target = best == null ? displaced.owner() : best;
        target.amounts.add(displaced.amount());
        target.amounts.sort(Comparator.comparingInt(Token::start));
    }

    private void interpret(List<Entry> entries, FoundTable table, ReportKind kind, Reading reading) {
        var basis = Basis.statedBy(kind);
        var classStarts = entries.stream().filter(e -> classOf(e.label) != null).mapToInt(e -> e.start).sorted()
                .toArray();
        var expenditureSide = classStarts.length == 0 ? Integer.MAX_VALUE : classStarts[classStarts.length / 2];
        var figures = new LinkedHashMap<String, BigDecimal>();
        var figureLines = new LinkedHashMap<String, Integer>();
        var classTotal = BigDecimal.ZERO;
        var classesStated = false;
        var income = table.kind() == TableKind.INCOME;
        for (var entry : entries) {
            var amount = entry.amounts.stream().filter(Token::isNumber).map(Token::value).findFirst().orElse(null);
            // an income table has no expenditure side: its rows by 功能分类 are income by subject, not 类 of spending
            var right = !income && entry.start >= expenditureSide - SIDE_TOLERANCE;
            var cls = right ? classOf(entry.label) : null;
            if (cls != null) {
                reading.read();
                if (amount == null) {
                    continue;
                }
                classTotal = classTotal.add(amount);
                classesStated = true;
                if (amount.signum() == 0) {
                    continue;
                }
                var line = new FoundLine(cls, entry.printed, null, table.fund(), table.unit(), table.name(),
                        entry.line.number());
                line.put(LineMeasure.TOTAL, amount);
                reading.lines().add(line);
                continue;
            }
            var key = income && entry.label.equals("合计") ? "INCOME_TOTAL" : keyOf(entry.label, right);
            if (key == null || amount == null) {
                continue;
            }
            reading.read();
            if (figures.putIfAbsent(key, amount) == null) {
                figureLines.put(key, entry.line.number());
                reading.figure(key, entry.printed, amount, table.fund(), basis, entry.line.number());
            }
        }
        var stated = figures.get("EXPENDITURE_TOTAL");
        if (stated != null && classesStated) {
            reading.check(figureLines.get("EXPENDITURE_TOTAL"), "本年支出合计", "本年支出合计 = sum of the 类",
                    stated, classTotal, null);
        }
        identity(figures, figureLines, "INCOME_GRAND_TOTAL", List.of("INCOME_TOTAL", "NON_FISCAL_BALANCE_USED",
                "CARRYOVER_BEGIN"), "收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余", reading);
        identity(figures, figureLines, "EXPENDITURE_GRAND_TOTAL", List.of("EXPENDITURE_TOTAL", "SURPLUS_DISTRIBUTION",
                "CARRYOVER_END"), "支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余", reading);
        identity(figures, figureLines, "EXPENDITURE_GRAND_TOTAL", List.of("INCOME_GRAND_TOTAL"), "支出总计 = 收入总计",
                reading);
    }

    private static void identity(Map<String, BigDecimal> figures, Map<String, Integer> lines, String whole,
                                 List<String> parts, String rule, Reading reading) {
        if (!figures.containsKey(whole) || !figures.containsKey(parts.getFirst())) {
            return;
        }
        var sum = parts.stream().map(p -> figures.getOrDefault(p, BigDecimal.ZERO)).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        reading.check(lines.get(whole), whole, rule, figures.get(whole), sum, null);
    }

    /** The 类 a label names ("八、社会保障和就业支出", a name cut off by the column: "七、文化旅游体育与传媒支"). */
    private Subject classOf(String label) {
        if (label.length() < 2) {
            return null;
        }
        var catalog = resolver.catalog();
        return catalog.resolveAmong(catalog.classes(Scheme.FUNCTION), label)
                .filter(c -> label.length() >= 4 || catalog.matches(c, label)).orElse(null);
    }

    private static String keyOf(String label, boolean right) {
        if (label.equals("总计")) {
            return right ? "EXPENDITURE_GRAND_TOTAL" : "INCOME_GRAND_TOTAL";
        }
        for (var entry : right ? EXPENDITURE_LABELS : INCOME_LABELS) {
            if (entry.getKey().matcher(label).matches()) {
                return entry.getValue();
            }
        }
        return null;
    }
}
