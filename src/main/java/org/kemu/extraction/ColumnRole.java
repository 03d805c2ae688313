package org.kemu.extraction;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** What an amount column of a subject table holds, recognised by the words of its header. */
enum ColumnRole {
    BUDGET_INITIAL("年初预算数", "年初预算"),
    BUDGET_ADJUSTED("调整后预算数", "调整预算数", "全年预算数"),
    TOTAL("本年支出合计", "支出合计", "合计", "小计", "总计", "金额", "决算数", "预算数"),
    BASIC("基本支出"),
    PERSONNEL("人员经费"),
    PUBLIC_USE("公用经费"),
    PROJECT("项目支出"),
    PAYMENT_TO_SUPERIOR("上缴上级支出"),
    OPERATING("经营支出"),
    SUBSIDY_TO_AFFILIATED("对附属单位补助支出"),
    RESERVE("单位预留机动经费", "预留机动经费"),
    CARRYOVER_BEGIN("年初结转和结余"),
    INCOME("本年收入"),
    CARRYOVER_END("年末结转和结余");

    /** The parts that add up to a row's total. */
    static final Set<ColumnRole> PARTS_OF_TOTAL =
            EnumSet.of(BASIC, PROJECT, PAYMENT_TO_SUPERIOR, OPERATING, SUBSIDY_TO_AFFILIATED, RESERVE);

    private final List<String> words;

    ColumnRole(String... words) {
        this.words = List.of(words);
    }

    List<String> words() {
        return words;
    }

    /** The role whose word the header text is, or contains (longest word first), or null. */
    static ColumnRole of(String headerText) {
        ColumnRole best = null;
        var bestLength = 0;
        for (var role : values()) {
            for (var word : role.words) {
                if (headerText.contains(word) && word.length() > bestLength) {
                    best = role;
                    bestLength = word.length();
                }
            }
        }
        return best;
    }
}
