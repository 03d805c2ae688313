package org.kemu.extraction;

/**
 * What a reading was read from. The order is the order of trust when sources disagree: detail tables first, then
 * the 基本支出 and summary tables, then the text; the assembler's cross-checks state no amounts of their own.
 */
enum ReadingKind {
    FUNCTION(0, true),
    ECONOMIC(1, true),
    SUMMARY(2, true),
    THREE_PUBLIC(3, true),
    INCOME(2, true),
    /** A table the format keeps as figures: 机关运行经费, 政府采购. */
    FIGURES(3, true),
    /** A table found but not read (its kind has no place in the format). */
    OTHER(4, true),
    PROSE(4, false),
    CROSS_CHECK(4, false);

    private final int trust;
    private final boolean table;

    ReadingKind(int trust, boolean table) {
        this.trust = trust;
        this.table = table;
    }

    /** Lower is trusted more. */
    int trust() {
        return trust;
    }

    /** Whether this is a table (found in the text, so reported even when nothing was read from it). */
    boolean isTable() {
        return table;
    }

    static ReadingKind of(TableKind kind) {
        return switch (kind) {
            case FUNCTION -> FUNCTION;
            case ECONOMIC -> ECONOMIC;
            case SUMMARY -> SUMMARY;
            case THREE_PUBLIC -> THREE_PUBLIC;
            case INCOME -> INCOME;
            case OPERATING_EXPENSES, PROCUREMENT -> FIGURES;
            case OTHER -> OTHER;
        };
    }
}
