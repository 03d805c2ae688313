package org.kemu.performance;

import java.math.BigDecimal;

/**
 * A target or actual value read from an indicator's text: an optional comparator, a number and its unit as printed
 * ({@code 万元}, {@code 人/年}, {@code %}; null when the text gives none).
 */
public record Quantity(Comparator comparator, BigDecimal value, String unit) {

    /** The value in the unit without its 万/亿 prefix, so that 16万页 and 0 页 compare. */
    BigDecimal baseValue() {
        return unit == null ? value : value.multiply(UnitLabel.multiplier(unit));
    }

    /** The unit without its 万/亿 prefix; empty when none is printed. */
    String baseUnit() {
        return unit == null ? "" : UnitLabel.base(unit);
    }
}
