package org.kemu.extraction;

import java.util.regex.Pattern;

import org.kemu.money.AmountUnit;
import org.kemu.report.Fund;

/** What the prose around a statement says about it: which funds the section is about, and amounts as printed. */
final class ProseContext {

    /** An amount with its unit as prose prints it: "736.09万元", "1,801,947.97 元", "12, 984, 142. 90元". */
    static final String AMOUNT = "(-?(?:\\d{1,3}(?:, ?\\d{3})+|\\d+)(?:\\. ?\\d+)?)\\s*(万元|元)";
    static final Pattern AMOUNT_PATTERN = Pattern.compile(AMOUNT);

    private static final Pattern HEADING = Pattern.compile("(?:[一二三四五六七八九十]+、|\\([一二三四五六七八九十]+\\))");
    private static final Pattern SUB_HEADING = Pattern.compile("\\([一二三四五六七八九十]+\\)");
    private static final Pattern FUND_WORD = Pattern.compile(
            "一般公共预算(?:财政)?(?:拨款)?|政府性基金(?:预算)?|国有资本经营(?:预算)?|财政拨款");

    private ProseContext() {
    }

    static AmountUnit unit(String label) {
        return "万元".equals(label) ? AmountUnit.WAN_YUAN : AmountUnit.YUAN;
    }

    /**
     * The funds a statement is about: the last fund word between the nearest heading and the statement ("…一般公共
     * 预算财政拨款支出决算数为848.9万元。其中：1、…"), else, under a sub-heading, the first one in the introduction of
     * the part it belongs to ("五、财政拨款支出预算情况说明"), else all funds.
     */
    static Fund fundAt(String text, int offset) {
        var headings = HEADING.matcher(text).region(0, offset);
        var nearest = -1;
        var top = -1;
        var nearestIsTop = false;
        while (headings.find()) {
            nearest = headings.start();
            nearestIsTop = headings.group().endsWith("、");
            if (nearestIsTop) {
                top = nearest;
            }
        }
        var lastWord = lastFundWord(text, Math.max(nearest, 0), offset);
        if (lastWord != null) {
            return fundOf(lastWord);
        }
        if (nearestIsTop || top < 0) {
            return Fund.ALL;
        }
        var sub = SUB_HEADING.matcher(text).region(top + 1, offset);
        var introEnd = sub.find() ? sub.start() : offset;
        var word = FUND_WORD.matcher(text).region(top, introEnd);
        return word.find() ? fundOf(word.group()) : Fund.ALL;
    }

    private static String lastFundWord(String text, int from, int to) {
        var word = FUND_WORD.matcher(text).region(from, to);
        String last = null;
        while (word.find()) {
            last = word.group();
        }
        return last;
    }

    static Fund fundOf(String word) {
        if (word.startsWith("一般公共预算")) {
            return Fund.GENERAL_PUBLIC_BUDGET;
        }
        if (word.startsWith("政府性基金")) {
            return Fund.GOV_FUND;
        }
        if (word.startsWith("国有资本经营")) {
            return Fund.STATE_CAPITAL;
        }
        return Fund.FISCAL;
    }
}
