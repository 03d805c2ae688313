/**
 * Roll-ups and comparisons over the expense lines of many reports: sums by subject level, unit, region and year,
 * with shares, execution rates and per-staff figures, each request answered in one Cypher statement. Offers the
 * {@code rollup} and {@code compare} queries of the API, and {@link org.kemu.rollup.RollupService} to Java
 * callers.
 */
package org.kemu.rollup;
