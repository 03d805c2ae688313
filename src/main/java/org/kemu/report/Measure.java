package org.kemu.report;

/** Which amount of an expense line, and the line property (in 分) that holds it. */
public enum Measure {
    TOTAL("totalFen"),
    BASIC("basicFen"),
    PROJECT("projectFen"),
    BUDGET_INITIAL("budgetInitialFen"),
    BUDGET_ADJUSTED("budgetAdjustedFen");

    private final String property;

    Measure(String property) {
        this.property = property;
    }

    /** The name of the line and class-total property that stores this measure. */
    public String property() {
        return property;
    }
}
