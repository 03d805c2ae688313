package org.kemu.money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Exact money arithmetic. Amounts are held as whole 分 (fen, 0.01 元) in a {@code long}; 1 万元 = 1,000,000 分,
 * so any figure stated to 0.01 万元 or 0.01 元 converts without loss.
 */
public final class Money {

    private Money() {
    }

    /** 分 for an amount in a unit, or an {@link ArithmeticException} when it is finer than 1 分. */
    public static long toFen(BigDecimal amount, AmountUnit unit) {
        return amount.movePointRight(unit.fenExponent()).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
    }

    /** The amount in the unit: 2 decimals for 元, as many as needed (at least 2) for 万元. */
    public static BigDecimal fromFen(Long fen, AmountUnit unit) {
        if (fen == null) {
            return null;
        }
        var value = BigDecimal.valueOf(fen, unit.fenExponent());
        if (unit == AmountUnit.YUAN) {
            return value;
        }
        var stripped = value.stripTrailingZeros();
        return stripped.scale() < 2 ? stripped.setScale(2) : stripped;
    }

    /** numerator / denominator as a ratio (execution rates, shares), or null when either is absent or the denominator is 0. */
    public static Double ratio(Long numerator, Long denominator) {
        return numerator == null || denominator == null || denominator == 0 ? null : (double) numerator / denominator;
    }
}
