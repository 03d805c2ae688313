package org.kemu.performance;

/** How a target bounds its value, as 指标性质 prints it: ≥, ≤, =, &gt; or &lt;. */
public enum Comparator {
    AT_LEAST("≥"), AT_MOST("≤"), EQUAL("="), MORE_THAN(">"), LESS_THAN("<");

    private final String symbol;

    Comparator(String symbol) {
        this.symbol = symbol;
    }

    static Comparator ofSymbol(String symbol) {
        for (var comparator : values()) {
            if (comparator.symbol.equals(symbol)) {
                return comparator;
            }
        }
        return null;
    }

    /** Whether {@code value} satisfies this comparator against {@code bound}. */
    boolean holds(java.math.BigDecimal value, java.math.BigDecimal bound) {
        var order = value.compareTo(bound);
        return switch (this) {
            case AT_LEAST -> order >= 0;
            case AT_MOST -> order <= 0;
            case EQUAL -> order == 0;
            case MORE_THAN -> order > 0;
            case LESS_THAN -> order < 0;
        };
    }
}
