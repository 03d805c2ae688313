package org.kemu.report;

/** What a stated figure measures: money spent, money budgeted at the start or after adjustment, or a stated change. */
public enum Basis {
    ACTUAL,
    BUDGET_INITIAL,
    BUDGET_ADJUSTED,
    STATED_CHANGE;

    /** The basis of the figures a report of this kind states for its own year: a budget plans, the others account. */
    public static Basis statedBy(ReportKind kind) {
        return kind == ReportKind.BUDGET ? BUDGET_INITIAL : ACTUAL;
    }
}
