package org.kemu.report;

import org.kemu.classification.SubjectKey;
import org.kemu.classification.SubjectLevel;

/**
 * An expense line as a report states it, amounts in 分 (null where the document does not state the measure).
 *
 * @param primary whether the line belongs to the widest fund scope the report states for its scheme
 * @param finest  whether no finer line of the same scheme and fund lies below it in the report
 */
public record Line(String reportId, SubjectKey subject, String statedName, Fund fund, boolean primary, boolean finest,
                   Long totalFen, Long basicFen, Long projectFen, Long budgetInitialFen, Long budgetAdjustedFen,
                   Long personnelFen, Long publicUseFen, Source source) {

    public SubjectLevel level() {
        return SubjectLevel.ofCode(subject.code());
    }

    public Long fen(Measure measure) {
        return switch (measure) {
            case TOTAL -> totalFen;
            case BASIC -> basicFen;
            case PROJECT -> projectFen;
            case BUDGET_INITIAL -> budgetInitialFen;
            case BUDGET_ADJUSTED -> budgetAdjustedFen;
        };
    }
}
