/**
 * Roll-ups and comparisons over the expense lines of many reports: sums by subject level, unit, region and year,
 * with shares, execution rates, per-staff figures (computed as {@code Report.perStaff} is, with its basis and the
 * reason when there is none) and the fund scopes each row summed, ordered and cut to the top N; and the units of a
 * filter that contributed nothing, with why. Each request is answered in one Cypher statement, from the cheapest
 * source that answers it exactly: the region totals kept at import for the nation, provinces and prefectures, the
 * per-report class totals, or the lines. Offers the {@code rollup}, {@code rollupGaps} and {@code compare}
 * queries of the API, and {@link org.kemu.rollup.RollupService} to Java callers.
 */
package org.kemu.rollup;
