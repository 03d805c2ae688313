package org.kemu.rollup;

import java.math.BigDecimal;
import java.util.List;

import org.kemu.classification.SubjectKey;
import org.kemu.report.Fund;

/** One row of a roll-up, amounts already in the unit the client asked for. Ungrouped dimensions are null. */
public record RollupRow(SubjectKey subject, String unitId, String regionCode, Integer year, BigDecimal amount,
                        Double share, int lineCount, int reportCount, String note, Double executionRate,
                        BigDecimal perStaff, String perStaffNote, List<Fund> funds) {
}
