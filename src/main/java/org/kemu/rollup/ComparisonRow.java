package org.kemu.rollup;

import java.math.BigDecimal;

import org.kemu.classification.Subject;

/**
 * One subject of a comparison; a side without data is null. The subject comes with the row, looked up for all rows
 * at once in the classification held in memory: the batch loader it replaces cost a comparison of a hundred rows a
 * few tenths of a millisecond (BENCHMARKS.md, "A query's statements in the embedded database's process").
 */
public record ComparisonRow(Subject subject, BigDecimal left, BigDecimal right, BigDecimal delta, Double pctChange) {
}
