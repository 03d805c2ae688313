package org.kemu.rollup;

import java.math.BigDecimal;

import org.kemu.classification.SubjectKey;

/** One subject of a comparison; a side without data is null. */
public record ComparisonRow(SubjectKey subject, BigDecimal left, BigDecimal right, BigDecimal delta, Double pctChange) {
}
