package org.kemu.rollup;

/**
 * A group of lines as the roll-up query returns it, in 分.
 *
 * @param code          the subject code of the group (null when not grouped by subject); shorter than the roll-up
 *                      level when the lines are stated only at a coarser level
 * @param excludedLines lines left out because they are stated coarser than the level (only when not grouped by
 *                      subject)
 * @param executedFen   sum of totals over lines that also state a budget
 * @param budgetFen     sum of budgets (adjusted, else initial) over the same lines
 * @param staff         staff in post when the group is exactly one unit-year and a report states it
 */
record Aggregate(String side, String code, String unitId, String regionCode, Integer year, long fen, int lineCount,
                 int reportCount, int excludedLines, Long executedFen, Long budgetFen, Integer staff) {
}
