package org.kemu.rollup;

import java.util.List;

import org.kemu.report.Figure;
import org.kemu.report.Fund;
import org.kemu.report.PerStaff;

/**
 * A group of lines as the roll-up query returns it, in 分.
 *
 * @param code          the subject code of the group (null when not grouped by subject); shorter than the roll-up
 *                      level when the lines are stated only at a coarser level
 * @param excludedLines lines left out because they are stated coarser than the level (only when not grouped by
 *                      subject)
 * @param executedFen   sum of totals over lines that also state a budget
 * @param budgetFen     sum of budgets (adjusted, else initial) over the same lines
 * @param funds         the fund scopes of the lines summed
 * @param onlyUnit      the unit when the group is exactly one unit-year (and per-staff figures were asked for)
 * @param staff         the staff figures the reports of that unit-year state
 * @param statedTotals  the totals its report states, when the group is the whole report
 */
record Aggregate(String side, String code, String unitId, String regionCode, Integer year, long fen, int lineCount,
                 int reportCount, int excludedLines, Long executedFen, Long budgetFen, List<Fund> funds,
                 String onlyUnit, Integer onlyYear, List<PerStaff.StatedStaff> staff, List<Figure> statedTotals) {
}
