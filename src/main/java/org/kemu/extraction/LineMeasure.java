package org.kemu.extraction;

/** The measures a line of the report format carries. */
enum LineMeasure {
    TOTAL, BASIC, PERSONNEL, PUBLIC_USE, PROJECT, BUDGET_INITIAL, BUDGET_ADJUSTED;

    /** The measure a table column fills, or null for columns the format has no measure for (上缴上级支出 …). */
    static LineMeasure of(ColumnRole role) {
        return switch (role) {
            case TOTAL -> TOTAL;
            case BASIC -> BASIC;
            case PERSONNEL -> PERSONNEL;
            case PUBLIC_USE -> PUBLIC_USE;
            case PROJECT -> PROJECT;
            case BUDGET_INITIAL -> BUDGET_INITIAL;
            case BUDGET_ADJUSTED -> BUDGET_ADJUSTED;
            default -> null;
        };
    }
}
