package org.kemu.performance;

import java.util.List;

import org.kemu.report.ReportKind;

/**
 * Which projects to find. Null fields do not restrict. {@code missed} and {@code scoredFull} are about one and the
 * same indicator: {@code missed: true, scoredFull: true} finds projects with an indicator that missed its target
 * and was still scored full marks.
 */
public record ProjectFilter(List<String> unitIds, List<String> regionCodes, List<Integer> years,
                            List<ReportKind> kinds, ProjectScope scope, String search, Double minScore,
                            Double maxScore, Boolean missed, Boolean scoredFull) {
}
