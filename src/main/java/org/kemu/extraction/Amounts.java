package org.kemu.extraction;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

import org.kemu.money.AmountUnit;

/** Reading and comparing the amounts disclosures print. */
final class Amounts {

    /**
     * "单位：万元", "金额单位:元", "单位：人民币万元", "单位：万" + "元" on the next line; a unit name that merely starts
     * with 元 does not count.
     */
    private static final String UNIT_LABEL = "单位\\s*[:：]?\\s*(?:人民币\\s*)?";
    private static final Pattern UNIT_LINE = Pattern.compile(UNIT_LABEL + "(万\\s*元|元|万)(?![\\p{IsHan}])");

    /** A unit line naming a unit the format has no place for: "单位：千元", "单位：亿元". */
    private static final Pattern OTHER_UNIT_LINE = Pattern.compile(UNIT_LABEL + "(千\\s*元|百\\s*万\\s*元|亿\\s*元)");

    /** Decimal places between 万元 and 元. */
    private static final int WAN = 4;

    private Amounts() {
    }

    /** "12, 984, 142. 90" and "1,511.89" alike: spaces and grouping commas dropped, the value kept exactly. */
    static BigDecimal parse(String printed) {
        return new BigDecimal(printed.replace(" ", "").replace(",", ""));
    }

    /** The money unit a line declares, or null. */
    static AmountUnit declaredUnit(String folded) {
        var matcher = UNIT_LINE.matcher(folded);
        if (!matcher.find()) {
            return null;
        }
        return matcher.group(1).startsWith("万") ? AmountUnit.WAN_YUAN : AmountUnit.YUAN;
    }

    /** The unit other than 元 and 万元 that a line declares ("千元"), or null. */
    static String otherUnit(String folded) {
        var matcher = OTHER_UNIT_LINE.matcher(folded);
        return matcher.find() ? matcher.group(1).replace(" ", "") : null;
    }

    /** The value in the other unit, exactly (万元 → 元 multiplies by 10,000; 元 → 万元 divides). */
    static BigDecimal convert(BigDecimal value, AmountUnit from, AmountUnit to) {
        if (from == to) {
            return value;
        }
        return to == AmountUnit.YUAN ? value.movePointRight(WAN) : value.movePointLeft(WAN);
    }

    /**
     * Whether two statements of an amount agree: exactly when they are in the same unit; across units at the
     * precision of the coarser statement, since a sentence in 万元 rounds what a table prints in 元.
     */
    static boolean agree(BigDecimal a, AmountUnit unitA, BigDecimal b, AmountUnit unitB) {
        if (unitA == unitB) {
            return a.compareTo(b) == 0;
        }
        var bInA = convert(b, unitB, unitA);
        var shift = unitA == AmountUnit.YUAN ? -WAN : WAN;
        var places = Math.min(a.scale(), b.scale() + shift);
        return a.setScale(places, RoundingMode.HALF_UP).compareTo(bInA.setScale(places, RoundingMode.HALF_UP)) == 0;
    }

    static String format(BigDecimal value) {
        return value == null ? "—" : value.toPlainString();
    }
}
