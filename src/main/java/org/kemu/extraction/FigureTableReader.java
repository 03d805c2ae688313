package org.kemu.extraction;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.kemu.report.Basis;
import org.kemu.report.ReportKind;

/**
 * Reads the tables the format keeps as figures only. A 机关运行经费 table gives its 合计 as the 机关运行经费 figure,
 * checked against the 类 (else the 款) rows printed under it, whose breakdown the format has no place for. A 政府采购
 * table gives its 合计 as 政府采购支出总额 and its 货物, 工程 and 服务 rows, checked against the 合计 when all three are
 * printed.
 */
final class FigureTableReader {

    private static final Pattern ORDINAL = Pattern.compile("^(?:[一二三四五六七八九十]+[、.]|\\d+[.、．]|其中[:：])+");
    private static final Pattern TOTAL = Pattern.compile("^(?:合计|总计|本年合计)$");
    private static final Map<String, String> PROCUREMENT_PARTS = Map.of(
            "货物", "PROCUREMENT_GOODS", "工程", "PROCUREMENT_WORKS", "服务", "PROCUREMENT_SERVICES");

    private enum Level { CLASS, ITEM }

    Reading read(SourceText text, FoundTable table, ReportKind kind) {
        var reading = Reading.of(table);
        var basis = Basis.statedBy(kind);
        BigDecimal total = null;
        var totalLine = table.titleLine();
        var byLevel = new EnumMap<Level, BigDecimal>(Level.class);
        var parts = new LinkedHashMap<String, BigDecimal>();
        for (var body : TableBody.of(text, table).skippingPageNumbers(reading)) {
            var tokens = body.tokens();
            var amount = tokens.stream().filter(t -> t.isNumber() && !t.isPlainDigits()).map(Token::value)
                    .findFirst().orElse(null);
            if (amount == null || tokens.isEmpty()) {
                continue;
            }
            var first = tokens.getFirst();
            var label = first.isText() ? ORDINAL.matcher(first.compact()).replaceFirst("") : "";
            if (total == null && TOTAL.matcher(label).matches()) {
                total = amount;
                totalLine = body.number();
                reading.read();
                continue;
            }
            if (table.kind() == TableKind.OPERATING_EXPENSES && first.isPlainDigits() && first.text().startsWith("3")) {
                var level = first.text().length() == 3 ? Level.CLASS : Level.ITEM;
                byLevel.merge(level, amount, BigDecimal::add);
                reading.read();
                continue;
            }
            if (table.kind() == TableKind.PROCUREMENT) {
                var part = PROCUREMENT_PARTS.keySet().stream().filter(label::startsWith).findFirst().orElse(null);
                if (part != null && !parts.containsKey(part)) {
                    parts.put(part, amount);
                    reading.read();
                    reading.figure(PROCUREMENT_PARTS.get(part), part, amount, table.fund(), basis, body.number());
                }
            }
        }
        if (total == null) {
            return reading;
        }
        if (table.kind() == TableKind.OPERATING_EXPENSES) {
            reading.figure("OPERATING_EXPENSES", "机关运行经费 " + table.title(), total, table.fund(), basis, totalLine);
            var level = byLevel.containsKey(Level.CLASS) ? Level.CLASS : Level.ITEM;
            if (byLevel.containsKey(level)) {
                reading.check(totalLine, "合计", level == Level.CLASS ? "合计 = sum of the 类" : "合计 = sum of the 款",
                        total, byLevel.get(level), null);
            }
        } else {
            reading.figure("PROCUREMENT_TOTAL", "政府采购 " + table.title(), total, table.fund(), basis, totalLine);
            if (parts.size() == PROCUREMENT_PARTS.size()) {
                reading.check(totalLine, "合计", "合计 = 货物 + 工程 + 服务", total,
                        parts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add), null);
            }
        }
        return reading;
    }
}
