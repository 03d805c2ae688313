/**
 * The report model that the rest of kemu shares: units, reports and their parts (lines, figures, “三公” items,
 * counts, projects), the enums that classify them ({@link org.kemu.report.Fund}, {@link org.kemu.report.Basis},
 * {@link org.kemu.report.Measure}, {@link org.kemu.report.ReportKind}), their ids ({@link org.kemu.report.ReportIds})
 * and the consistency rules between a report's stated totals and their parts
 * ({@link org.kemu.report.ConsistencyChecks}). It also serves units and reports over GraphQL.
 */
package org.kemu.report;
