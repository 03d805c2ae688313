package org.kemu.report;

/** Which amount of an expense line. */
public enum Measure {
    TOTAL, BASIC, PROJECT, BUDGET_INITIAL, BUDGET_ADJUSTED
}
