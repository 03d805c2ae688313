package org.kemu.extraction;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.kemu.format.ReportDocument;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of table a 部门预算 prints, read from real layouts: 江苏省人民检察院's 2018 budget as kemu lays out its
 * PDF (js_jianchayuan_2018_budget_document.layout.txt, provenance in pdf-sources.tsv) and 江苏省高级人民法院's 2019
 * budget as pdftotext lays it out. Line numbers are the text's.
 */
class TableKindsTests {

    private static final String JIANCHAYUAN = "js_jianchayuan_2018_budget_document.layout.txt";
    private static final String GAOYUAN = "js_gaoyuan_2019_dept_budget.txt";

    /** 公开01表: "2,388.04" printed beside "三、国防支出" belongs to "三、单位预留机动经费", wrapped around it. */
    @Test
    void summaryTableWithAWrappedLabelInTheNextColumn() {
        var extraction = ExtractionFixtures.extract(JIANCHAYUAN);
        var report = extraction.primary();

        assertThat(report.lines()).noneMatch(l -> l.code().equals("203"));
        // line 354: "四、公共安全支出 16,458.75"
        assertThat(line(report, "204", "ALL").total()).isEqualByComparingTo("16458.75");
        assertThat(source(extraction, "公开01表 收支预算总表").reconciled()).isTrue();
        assertThat(extraction.report().reconciled()).isTrue();
    }

    /**
     * 江苏省人大常委会办公厅 2017 (js_rendachangweihui_2017_budget_document.layout.txt): a narrow 收支预算总表 wraps
     * every 类 over two lines with the amount between them: "一、一般公共服务" / "13,649.07 10,528.33 一、基本支出
     * 7,666.68" / "支出" (lines 153–156), "十八、住房保障支" / "1,512.23" / "出" (lines 211–213).
     */
    @Test
    void summaryTableWithEveryLabelWrappedAroundItsAmount() {
        var extraction = ExtractionFixtures.extract("js_rendachangweihui_2017_budget_document.layout.txt");
        var summary = extraction.report().sources().stream().filter(s -> s.name().equals("收支预算总表"))
                .findFirst().orElseThrow();
        var classes = extraction.primary().lines().stream()
                .filter(l -> l.fund().equals("ALL") && l.code().length() == 3).toList();

        assertThat(classes).extracting(l -> l.code() + " " + l.total().toPlainString())
                .containsExactly("201 10528.33", "208 1608.51", "221 1512.23");
        assertThat(summary.reconciled()).isTrue();
        assertThat(extraction.report().reconciled()).isTrue();
    }

    /** 公开02表 收入预算总表: line 406 "收入总计 21,955.35", line 410 "公共财政拨款(补助)资金 21,940.96", 428 "其他收入 14.39". */
    @Test
    void incomeTableGivesTheIncomeBySource() {
        var report = ExtractionFixtures.extract(JIANCHAYUAN).primary();

        assertThat(figure(report, "INCOME_GRAND_TOTAL", "ALL")).isEqualByComparingTo("21955.35");
        assertThat(figure(report, "INCOME_GENERAL_PUBLIC_BUDGET", "ALL")).isEqualByComparingTo("21940.96");
        assertThat(figure(report, "INCOME_OTHER", "ALL")).isEqualByComparingTo("14.39");
    }

    /** 公开08表 ends with "30309 奖励金 1.04" just above the 公开09表 title broken over two lines. */
    @Test
    void lastRowBeforeATitleBrokenOverTwoLines() {
        var extraction = ExtractionFixtures.extract(JIANCHAYUAN);
        var report = extraction.primary();

        assertThat(line(report, "30309", "GENERAL_PUBLIC_BUDGET").total()).isEqualByComparingTo("1.04");
        assertThat(line(report, "303", "GENERAL_PUBLIC_BUDGET").total()).isEqualByComparingTo("1052.83");
        assertThat(extraction.report().sources()).extracting(ExtractionReport.Source::name)
                .contains("公开09表 一般公共预算“三公”经费、会议费、培训费支出预算表");
        // line 692: 484.30 under “三公”经费 小计, 116.50 under 公务接待费
        assertThat(report.threePublic()).filteredOn(t -> t.item().equals("TOTAL")).singleElement()
                .satisfies(t -> assertThat(t.budget()).isEqualByComparingTo("484.30"));
        assertThat(report.threePublic()).filteredOn(t -> t.item().equals("RECEPTION")
                        && t.fund().equals("GENERAL_PUBLIC_BUDGET")).singleElement()
                .satisfies(t -> assertThat(t.budget()).isEqualByComparingTo("116.50"));
    }

    /** 公开10表 政府性基金支出预算表, line 702: "此表为空". */
    @Test
    void emptyGovernmentFundTableIsReadAsEmpty() {
        var extraction = ExtractionFixtures.extract(JIANCHAYUAN);

        assertThat(figure(extraction.primary(), "EXPENDITURE_TOTAL", "GOV_FUND")).isEqualByComparingTo("0");
        assertThat(extraction.report().notes()).anyMatch(n -> n.startsWith("read as empty: 公开10表 政府性基金支出预算表")
                && n.contains("此表为空"));
        assertThat(source(extraction, "公开10表 政府性基金支出预算表").skipped()).isEmpty();
    }

    /** 公开11表: line 713 "合   计 2,722.57", its one 类 302 the same; the prose says 公用经费 2,722.57 too. */
    @Test
    void operatingExpensesTable() {
        var extraction = ExtractionFixtures.extract(JIANCHAYUAN);

        assertThat(figure(extraction.primary(), "OPERATING_EXPENSES", "GENERAL_PUBLIC_BUDGET"))
                .isEqualByComparingTo("2722.57");
        assertThat(extraction.report().checks()).filteredOn(c -> c.source().startsWith("公开11表"))
                .singleElement().satisfies(c -> {
                    assertThat(c.rule()).isEqualTo("合计 = sum of the 类");
                    assertThat(c.ok()).isTrue();
                });
    }

    /** 公开12表: line 752 "合计 3,096.24", 754 "一、货物 A 268.00", 824 "三、服务 C 2,828.24". */
    @Test
    void procurementTable() {
        var report = ExtractionFixtures.extract(JIANCHAYUAN).primary();

        assertThat(figure(report, "PROCUREMENT_TOTAL", "ALL")).isEqualByComparingTo("3096.24");
        assertThat(figure(report, "PROCUREMENT_GOODS", "ALL")).isEqualByComparingTo("268.00");
        assertThat(figure(report, "PROCUREMENT_SERVICES", "ALL")).isEqualByComparingTo("2828.24");
    }

    /** The court's 2019 budget: 机关运行经费 3,580.05 (line 515) and 政府采购 5,227.59 = 货物 + 工程 + 服务 (lines 566–). */
    @Test
    void operatingExpensesAndProcurementInAnotherLayout() {
        var extraction = ExtractionFixtures.extract(GAOYUAN);
        var report = extraction.primary();

        assertThat(figure(report, "OPERATING_EXPENSES", "GENERAL_PUBLIC_BUDGET")).isEqualByComparingTo("3580.05");
        assertThat(figure(report, "PROCUREMENT_TOTAL", "ALL")).isEqualByComparingTo("5227.59");
        assertThat(figure(report, "PROCUREMENT_GOODS", "ALL")).isEqualByComparingTo("1637.72");
        assertThat(extraction.report().checks()).filteredOn(c -> c.rule().equals("合计 = 货物 + 工程 + 服务"))
                .singleElement().satisfies(c -> assertThat(c.ok()).isTrue());
        assertThat(extraction.report().notes()).noneMatch(n -> n.startsWith("not read"));
    }

    /** 项目支出 绩效 tables are named as not read, with why. */
    @Test
    void performanceTablesAreNamedWithTheReason() {
        var extraction = ExtractionFixtures.extract("000_a720d495796a7aa4.txt");

        assertThat(extraction.report().notes()).filteredOn(n -> n.startsWith("not read: 部门预算项目支出绩效自评表"))
                .isNotEmpty().allSatisfy(n -> assertThat(n).contains("绩效 targets"));
    }

    private static ExtractionReport.Source source(Extraction extraction, String name) {
        return extraction.report().sources().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no table " + name));
    }

    private static ReportDocument.LinePart line(ReportDocument report, String code, String fund) {
        return report.lines().stream().filter(l -> l.code().equals(code) && l.fund().equals(fund)).findFirst()
                .orElseThrow(() -> new AssertionError("no line " + code + " " + fund));
    }

    private static BigDecimal figure(ReportDocument report, String key, String fund) {
        return report.figures().stream().filter(f -> f.key().equals(key) && f.fund().equals(fund)).findFirst()
                .orElseThrow(() -> new AssertionError("no figure " + key + " " + fund)).amount();
    }
}
