package org.kemu.performance;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** The units indicator values are measured in, as printed, and their 万/亿 prefixes. */
final class UnitLabel {

    /**
     * An optional 万 or 亿, a counted thing or a money or time unit, and per-units ("元/人/年"). Anything longer is
     * prose, not a unit.
     */
    static final Pattern UNIT = Pattern.compile(
            "(?:万|亿)?(?:%|‰|元|人次|人|户|个工作日|工作日|个|次|件|卷|条|家|份|张|页|天|日|月|年|辆|台|套|册|场|期|篇|项|所|分|小时)"
                    + "(?:/(?:人年|人|户|年|月|日|天|次|卷|个|张|页|件))*");

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final BigDecimal HUNDRED_MILLION = BigDecimal.valueOf(100_000_000);

    private UnitLabel() {
    }

    static BigDecimal multiplier(String unit) {
        if (unit.length() > 1 && unit.startsWith("万")) {
            return TEN_THOUSAND;
        }
        if (unit.length() > 1 && unit.startsWith("亿")) {
            return HUNDRED_MILLION;
        }
        return BigDecimal.ONE;
    }

    static String base(String unit) {
        return multiplier(unit).equals(BigDecimal.ONE) ? unit : unit.substring(1);
    }
}
