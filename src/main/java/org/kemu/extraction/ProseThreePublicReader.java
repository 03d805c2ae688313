package org.kemu.extraction;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.kemu.extraction.FoundThreePublic.ThreePublic;
import org.kemu.money.AmountUnit;
import org.kemu.report.Fund;
import org.kemu.report.ReportKind;

/**
 * Reads the “三公” amounts the explanatory text states, within its “三公” section: "“三公”经费财政拨款支出决算为0.5万
 * 元", "公务接待费支出0.5万元", "“三公”经费财政拨款支出年初预算为0.95万元，支出决算为0.00万元". An amount is a budget
 * when its words say 预算 (or the document is a budget), otherwise the actual.
 */
final class ProseThreePublicReader {

    /**
     * A “三公” section begins at a heading of any numbering, "五、", "(五)", "（5）", "5." or "5、" (not the "3." of an
     * amount), and runs to the next heading of the top level, "六、": the items are often numbered below it.
     */
    private static final Pattern SECTION = Pattern.compile(
            "(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\\d]{1,3}[)）]|(?<![\\d.])\\d{1,2}[.、．](?!\\d))"
                    + "[^、]{0,30}?三公");
    private static final Pattern NEXT_SECTION = Pattern.compile("[一二三四五六七八九十]+、");
    private static final String QUALIFIERS = "((?:财政拨款|支出|决算|预算|数|年初|全年|安排)*)(?:为|是|:)?\\s*";
    private static final int FOLLOWING_REACH = 40;
    private static final Pattern FOLLOWING_ACTUAL = Pattern.compile("^[,，;；]?支出决算(?:数)?为?" + ProseContext.AMOUNT);

    private static final Map<ThreePublic, Pattern> LABELS = labels();

    private static Map<ThreePublic, Pattern> labels() {
        var labels = new EnumMap<ThreePublic, Pattern>(ThreePublic.class);
        labels.put(ThreePublic.TOTAL, Pattern.compile("“?三公”?经费" + QUALIFIERS + ProseContext.AMOUNT));
        labels.put(ThreePublic.OUTBOUND, Pattern.compile("因公出国\\(境\\)(?:经)?费(?:用)?" + QUALIFIERS
                + ProseContext.AMOUNT));
        labels.put(ThreePublic.VEHICLE_TOTAL, Pattern.compile("公务用车购置及运行(?:维护)?费" + QUALIFIERS
                + ProseContext.AMOUNT));
        labels.put(ThreePublic.VEHICLE_PURCHASE, Pattern.compile("公务用车购置(?!及)(?:费)?" + QUALIFIERS
                + ProseContext.AMOUNT));
        labels.put(ThreePublic.VEHICLE_OPERATION, Pattern.compile("(?<!购置及)公务用车运行(?:维护)?费" + QUALIFIERS
                + ProseContext.AMOUNT));
        labels.put(ThreePublic.RECEPTION, Pattern.compile("(?<!国内)公务接待(?:费)?" + QUALIFIERS
                + ProseContext.AMOUNT));
        return labels;
    }

    Reading read(ProseText prose, ReportKind kind) {
        var text = prose.text();
        var reading = new Reading("正文 “三公”经费", ReadingKind.PROSE, Fund.FISCAL, prose.lineAt(0),
                prose.lineAt(text.length()), null, null);
        var budget = new EnumMap<ThreePublic, BigDecimal>(ThreePublic.class);
        var actual = new EnumMap<ThreePublic, BigDecimal>(ThreePublic.class);
        var units = new EnumMap<ThreePublic, AmountUnit>(ThreePublic.class);
        var lines = new EnumMap<ThreePublic, Integer>(ThreePublic.class);
        var section = SECTION.matcher(text);
        while (section.find()) {
            var next = NEXT_SECTION.matcher(text).region(section.end(), text.length());
            var end = next.find() ? next.start() : text.length();
            for (var entry : LABELS.entrySet()) {
                var matcher = entry.getValue().matcher(text).region(section.start(), end);
                while (matcher.find()) {
                    var item = entry.getKey();
                    var isBudget = matcher.group(1).contains("预算") || kind == ReportKind.BUDGET;
                    units.putIfAbsent(item, ProseContext.unit(matcher.group(3)));
                    lines.putIfAbsent(item, prose.lineAt(matcher.start()));
                    (isBudget ? budget : actual).putIfAbsent(item, Amounts.parse(matcher.group(2)));
                    var following = FOLLOWING_ACTUAL.matcher(
                            text.substring(matcher.end(), Math.min(end, matcher.end() + FOLLOWING_REACH)));
                    if (isBudget && kind != ReportKind.BUDGET && following.find()) {
                        actual.putIfAbsent(item, Amounts.parse(following.group(1)));
                    }
                }
            }
        }
        for (var item : ThreePublic.values()) {
            if (budget.containsKey(item) || actual.containsKey(item)) {
                reading.threePublic().add(new FoundThreePublic(item, Fund.FISCAL, budget.get(item), actual.get(item),
                        units.get(item), "正文", lines.get(item)));
                reading.read();
            }
        }
        return reading;
    }
}
