package org.kemu.report;

import java.math.BigDecimal;

/** A non-money fact of a report, such as a number of vehicles. */
public record CountFact(String key, String label, BigDecimal value, String unitLabel, int year, Source source) {

    /** The count key of the execution rate a document states for its total (完成预算 …%), in percent. */
    public static final String EXECUTION_RATE = "EXECUTION_RATE";
}
