package org.kemu.series;

import org.kemu.report.Source;

/**
 * One year of a series, in 分: the amount and the report that states it (a year's own report, or a later one
 * stating it as the prior year); the change from the previous point; the change and reason the document states.
 *
 * @param note where reports disagree about the year's amount, what the others state
 */
public record SeriesPoint(int year, long amountFen, String reportId, Source source, Integer previousYear,
                          Long deltaFen, Double pctChange, Long statedChangeFen, String reason, String note) {
}
