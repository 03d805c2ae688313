package org.kemu.extraction;

import org.kemu.report.Fund;

/** The kinds of table a disclosure prints, told apart by the words of the title. */
enum TableKind {
    /** 收入支出决算总表, 收支预算总表, 财政拨款收入支出决算总表: income and expenditure side by side, expenditure by 类. */
    SUMMARY,
    /** 支出决算表, 一般公共预算财政拨款支出决算表, 支出预算总表 …: expenditure by 功能分类 code. */
    FUNCTION,
    /** The 基本支出 table by 部门预算支出经济分类, often printed as two or three tables side by side. */
    ECONOMIC,
    /** 财政拨款“三公”经费支出决算表 and its budget counterparts. */
    THREE_PUBLIC,
    /** 收入预算总表, 收入决算表: income by source, read as the income figures. */
    INCOME,
    /** 机关运行经费支出预算表: its 合计 is the 机关运行经费 figure, its rows by 经济分类 the check of it. */
    OPERATING_EXPENSES,
    /** 政府采购预算表: its 合计 and the 货物, 工程 and 服务 it splits into. */
    PROCUREMENT,
    /** Tables the extractor does not read (项目支出 lists, 绩效 targets …), named with the reason. */
    OTHER;

    static TableKind ofTitle(String compactTitle) {
        if (compactTitle.contains("三公")) {
            return THREE_PUBLIC;
        }
        if (compactTitle.contains("政府采购")) {
            return PROCUREMENT;
        }
        if (compactTitle.contains("机关运行经费")) {
            return OPERATING_EXPENSES;
        }
        if (compactTitle.contains("项目支出") || compactTitle.contains("绩效")) {
            return OTHER;
        }
        if (compactTitle.contains("经济分类") || compactTitle.contains("经济科目")
                || compactTitle.contains("基本支出") && !compactTitle.contains("功能")) {
            return ECONOMIC;
        }
        if (compactTitle.contains("总表") && (compactTitle.contains("收支") || compactTitle.contains("收入支出"))) {
            return SUMMARY;
        }
        if (compactTitle.contains("收入") && !compactTitle.contains("支出")) {
            return INCOME;
        }
        if (compactTitle.contains("支出")) {
            return FUNCTION;
        }
        return OTHER;
    }

    /**
     * Why a table of this title is not read. Projects and their 绩效 indicators have a place in the format
     * ({@code projects}), but their tables' layouts vary too much to be read without mistakes; they are written by
     * hand, as in the seed's reports.
     */
    static String notReadBecause(String compactTitle) {
        if (compactTitle.contains("绩效")) {
            return "绩效 targets, indicators and scores, which the extractor does not read (write them as the report's "
                    + "projects in the import format)";
        }
        if (compactTitle.contains("项目支出")) {
            return "a list of projects, which the extractor does not read (its total is the 项目支出 figure the other "
                    + "tables state; the projects can be written as the report's projects in the import format)";
        }
        return "a kind of table the format has no place for";
    }

    /** Which funds a table covers, from its title. */
    static Fund fundOfTitle(String compactTitle) {
        if (compactTitle.contains("政府性基金")) {
            return Fund.GOV_FUND;
        }
        if (compactTitle.contains("国有资本经营")) {
            return Fund.STATE_CAPITAL;
        }
        if (compactTitle.contains("一般公共预算")) {
            return Fund.GENERAL_PUBLIC_BUDGET;
        }
        if (compactTitle.contains("财政拨款")) {
            return Fund.FISCAL;
        }
        return Fund.ALL;
    }
}
