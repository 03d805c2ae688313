package org.kemu.report;

import java.math.BigDecimal;
import java.util.List;

/** A project's (or the whole department's) performance self-evaluation, amounts in 分. */
public record Project(ProjectScope scope, String code, String name, String department, String period,
                      Long budgetInitialFen, Long budgetAdjustedFen, Long executedFen, String executionRate,
                      BigDecimal score, BigDecimal maxScore, List<ProjectFund> funds, String goal, String result,
                      List<Indicator> indicators, Source source) {

    public record ProjectFund(String label, Long budgetInitialFen, Long budgetAdjustedFen, Long executedFen) {
    }

    public record Indicator(String category, String subcategory, String name, String target, String actual,
                            BigDecimal weight, BigDecimal score, String note) {
    }
}
