package org.kemu.report;

/** 部门决算, 部门预算 or 绩效自评. */
public enum ReportKind {
    FINAL_ACCOUNT, BUDGET, PERFORMANCE
}
