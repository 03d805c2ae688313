package org.kemu.report;

import java.math.BigDecimal;

/** A non-money fact of a report, such as a number of vehicles. */
public record CountFact(String key, String label, BigDecimal value, String unitLabel, int year, Source source) {
}
