package org.kemu.performance;

/** Where a project's total score comes from. */
public enum ScoreBasis {
    /** The document prints the total (总分, 自评得分). */
    STATED,
    /** The document prints no total, but both parts the template adds up to it (绩效指标 and 预算执行情况). */
    SUM_OF_PARTS
}
