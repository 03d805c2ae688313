package org.kemu.format;

/**
 * The keys a report's {@code figures} may carry, with the name documents give each. The list is seed/README.md's
 * table; a figure that fits none is {@link #OTHER} with a label saying what it is.
 */
public enum FigureKey {
    INCOME_TOTAL("本年收入合计"),
    INCOME_FISCAL("财政拨款收入"),
    INCOME_GENERAL_PUBLIC_BUDGET("一般公共预算财政拨款收入"),
    INCOME_GOV_FUND("政府性基金预算财政拨款收入"),
    INCOME_STATE_CAPITAL("国有资本经营预算财政拨款收入"),
    INCOME_SUPERIOR_SUBSIDY("上级补助收入"),
    INCOME_BUSINESS("事业收入"),
    INCOME_OPERATING("经营收入"),
    INCOME_AFFILIATED("附属单位上缴收入"),
    INCOME_OTHER("其他收入"),
    NON_FISCAL_BALANCE_USED("使用非财政拨款结余"),
    CARRYOVER_BEGIN("年初结转和结余"),
    INCOME_GRAND_TOTAL("收入总计"),
    EXPENDITURE_TOTAL("本年支出合计"),
    EXPENDITURE_BASIC("基本支出"),
    EXPENDITURE_PERSONNEL("人员经费"),
    EXPENDITURE_PUBLIC_USE("公用经费"),
    EXPENDITURE_PROJECT("项目支出"),
    EXPENDITURE_OPERATING("经营支出"),
    PAYMENT_TO_SUPERIOR("上缴上级支出"),
    SUBSIDY_TO_AFFILIATED("对附属单位补助支出"),
    SURPLUS_DISTRIBUTION("结余分配"),
    CARRYOVER_END("年末结转和结余"),
    EXPENDITURE_GRAND_TOTAL("支出总计"),
    OPERATING_EXPENSES("机关运行经费"),
    PROCUREMENT_TOTAL("政府采购支出总额"),
    PROCUREMENT_GOODS("政府采购货物支出"),
    PROCUREMENT_WORKS("政府采购工程支出"),
    PROCUREMENT_SERVICES("政府采购服务支出"),
    PROCUREMENT_SME("授予中小企业合同金额"),
    PROCUREMENT_SMALL_MICRO("授予小微企业合同金额"),
    ASSETS_TOTAL("资产总额 / 国有资产"),
    OTHER("其他");

    private final String chineseName;

    FigureKey(String chineseName) {
        this.chineseName = chineseName;
    }

    /** The name documents print for it, e.g. 本年收入合计. */
    public String chineseName() {
        return chineseName;
    }
}
