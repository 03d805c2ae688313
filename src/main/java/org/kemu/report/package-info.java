/**
 * The report model that the rest of kemu shares: units, reports and their parts (lines, figures, “三公” items,
 * counts), the enums that classify them ({@link org.kemu.report.Fund}, {@link org.kemu.report.Basis},
 * {@link org.kemu.report.Measure}, {@link org.kemu.report.ReportKind}), their ids ({@link org.kemu.report.ReportIds}),
 * the consistency rules between a report's stated totals and their parts ({@link org.kemu.report.ConsistencyChecks}),
 * a report's total for a measure ({@link org.kemu.report.ReportService#totalFen}) and the one per-staff computation
 * ({@link org.kemu.report.PerStaff}, by {@link org.kemu.report.StaffBasis}) that reports and roll-ups share. It also
 * serves units and reports over GraphQL. Projects live in {@code org.kemu.performance}.
 */
package org.kemu.report;
