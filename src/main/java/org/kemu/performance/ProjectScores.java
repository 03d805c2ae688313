package org.kemu.performance;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.kemu.format.ReportDocument;

/**
 * A project's total score: the one the document prints, else the sum of its two printed parts (the templates
 * define the total as 绩效指标 + 预算执行情况), else none. Import stores {@link #properties()} so that projects can
 * be filtered and ordered by score.
 */
public record ProjectScores(BigDecimal score, BigDecimal maxScore, ScoreBasis basis) {

    private static final ProjectScores NONE = new ProjectScores(null, null, null);

    public static ProjectScores of(ReportDocument.ProjectPart project) {
        return of(project.score(), project.maxScore(), project.indicatorWeight(), project.indicatorScore(),
                project.executionWeight(), project.executionScore());
    }

    static ProjectScores of(BigDecimal statedScore, BigDecimal statedMax, BigDecimal indicatorWeight,
                            BigDecimal indicatorScore, BigDecimal executionWeight, BigDecimal executionScore) {
        if (statedScore != null) {
            return new ProjectScores(statedScore, statedMax, ScoreBasis.STATED);
        }
        if (indicatorScore != null && executionScore != null) {
            var max = indicatorWeight == null || executionWeight == null ? null : indicatorWeight.add(executionWeight);
            return new ProjectScores(indicatorScore.add(executionScore), max, ScoreBasis.SUM_OF_PARTS);
        }
        return NONE;
    }

    /** {@code scoreValue} (a float, for range filters and ordering only) and {@code scoreBasis}. */
    public Map<String, Object> properties() {
        var properties = new HashMap<String, Object>();
        properties.put("scoreValue", score == null ? null : score.doubleValue());
        properties.put("scoreBasis", basis == null ? null : basis.name());
        return properties;
    }
}
