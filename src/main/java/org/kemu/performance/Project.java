package org.kemu.performance;

import java.math.BigDecimal;
import java.util.List;

import org.kemu.report.Source;

/**
 * A project's (or the whole department's) performance self-evaluation, amounts in 分. The scores are kept as the
 * document prints them: the budget-execution part, the indicator part and the total ({@code scores}).
 */
public record Project(String id, String reportId, String unitId, ProjectScope scope, String code, String name,
                      String department, String implementer, String period, Long budgetInitialFen,
                      Long budgetAdjustedFen, Long executedFen, String executionRate, BigDecimal executionWeight,
                      BigDecimal executionScore, String executionNote, BigDecimal indicatorWeight,
                      BigDecimal indicatorScore, ProjectScores scores, List<ProjectFund> funds, String goal,
                      String result, List<Indicator> indicators, Source source) {

    public record ProjectFund(String label, Long budgetInitialFen, Long budgetAdjustedFen, Long executedFen,
                              String executionRate) {
    }

    /** A performance indicator as stated, with what its text allows to be decided. */
    public record Indicator(String category, String subcategory, String name, String target, String actual,
                            BigDecimal weight, BigDecimal score, String note, IndicatorReading reading) {
    }
}
