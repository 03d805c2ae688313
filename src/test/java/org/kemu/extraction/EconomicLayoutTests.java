package org.kemu.extraction;

import org.junit.jupiter.api.Test;
import org.kemu.format.ReportDocument;
import org.kemu.format.ReportDocument.LinePart;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 基本支出 table by 经济分类 in the layouts the genre prints it in: 类 and 款 in columns of their own, the 款
 * alone under its 类 row, 小计 rows in place of 类 rows, 合计 with 人员经费 and 公用经费 columns (synthetic_economic_*.txt,
 * with the figures of issue 16's example row "301 01 基本工资 1,952,616.00"), and the real layouts: a Jiangsu PDF
 * and Putuo's 决算 that lists every 款 with blank amounts.
 */
class EconomicLayoutTests {

    @Test
    void classAndItemInColumnsOfTheirOwn() {
        var extraction = ExtractionFixtures.extract("synthetic_economic_class_columns.txt");
        assertEveryRowRead(extraction);
    }

    @Test
    void itemCodeAloneUnderItsClassRow() {
        var extraction = ExtractionFixtures.extract("synthetic_economic_relative_codes.txt");
        assertEveryRowRead(extraction);
    }

    @Test
    void subtotalRowsInPlaceOfClassRows() {
        var extraction = ExtractionFixtures.extract("synthetic_economic_subtotals.txt");
        assertEveryRowRead(extraction);
        assertThat(line(extraction.primary(), "301").note()).contains("小计");
        assertThat(extraction.report().checks()).filteredOn(c -> c.rule().equals("类 301 = sum of its 款"))
                .singleElement().satisfies(c -> assertThat(c.ok()).isTrue());
    }

    @Test
    void aSubtotalThatDoesNotAddUpIsFlagged() {
        var text = ExtractionFixtures.text("synthetic_economic_subtotals.txt")
                .replace("小计                            2,612,236.00     2,612,236.00",
                        "小计                            2,612,263.00     2,612,263.00");
        var extraction = ExtractionFixtures.EXTRACTOR.extract(text, "altered.txt", null);

        assertThat(extraction.report().reconciled()).isFalse();
        assertThat(extraction.report().failures()).extracting(ExtractionReport.Check::rule)
                .contains("类 301 = sum of its 款");
    }

    /** 公开06表 of 江苏省高级人民法院's 2019 budget (the PDF's text), one 金额 column: "30211 差旅费 291.00". */
    @Test
    void jiangsuSingleColumnLayout() {
        var report = ExtractionFixtures.extract("js_gaoyuan_2019_dept_budget.txt");
        var table = report.report().sources().stream()
                .filter(s -> s.name().equals("公开06表 财政拨款基本支出预算表(经济科目)")).findFirst().orElseThrow();
        assertThat(table.linesRead()).isEqualTo(34);
        assertThat(line(report.primary(), "30211", "FISCAL").total()).isEqualByComparingTo("291.00");
        assertThat(line(report.primary(), "303", "FISCAL").total()).isEqualByComparingTo("2063.88");
    }

    /**
     * Putuo's 决算 prints 人员经费 and 公用经费 side by side and lists every 款, most with blank amounts: those are
     * read as rows with nothing spent, not skipped.
     */
    @Test
    void finalAccountListingEveryItemWithBlankAmounts() {
        var extraction = ExtractionFixtures.extract("sh_putuo_caizhengju_2024_final.txt");
        var table = extraction.report().sources().stream()
                .filter(s -> s.name().equals("一般公共预算财政拨款基本支出决算表")).findFirst().orElseThrow();
        assertThat(table.linesRead()).isGreaterThanOrEqualTo(60);
        assertThat(table.skipped()).hasSizeLessThanOrEqualTo(1);
        // line 344: 262.33 above "301 01 基本工资"; line 349: 7.61 above "302 02 印刷费"
        assertThat(line(extraction.primary(), "30101", "GENERAL_PUBLIC_BUDGET").total()).isEqualByComparingTo("262.33");
        assertThat(line(extraction.primary(), "30202", "GENERAL_PUBLIC_BUDGET").total()).isEqualByComparingTo("7.61");
    }

    private static void assertEveryRowRead(Extraction extraction) {
        var report = extraction.primary();
        var table = extraction.report().sources().getFirst();
        assertThat(table.linesRead()).isEqualTo(9);
        assertThat(table.skipped()).isEmpty();
        assertThat(line(report, "30101"))
                .satisfies(l -> assertThat(l.total()).isEqualByComparingTo("1952616.00"))
                .satisfies(l -> assertThat(l.personnel()).isEqualByComparingTo("1952616.00"))
                .satisfies(l -> assertThat(l.publicUse()).isNull());
        assertThat(line(report, "30211"))
                .satisfies(l -> assertThat(l.total()).isEqualByComparingTo("248124.00"))
                .satisfies(l -> assertThat(l.publicUse()).isEqualByComparingTo("248124.00"))
                .satisfies(l -> assertThat(l.personnel()).isNull());
        assertThat(line(report, "302").publicUse()).isEqualByComparingTo("448124.00");
        assertThat(line(report, "30302").total()).isEqualByComparingTo("100200.00");
        assertThat(report.lines()).hasSize(8);
        assertThat(report.figures()).filteredOn(f -> f.key().equals("EXPENDITURE_PERSONNEL")).singleElement()
                .satisfies(f -> assertThat(f.amount()).isEqualByComparingTo("2712436.00"));
        assertThat(extraction.report().checks()).extracting(ExtractionReport.Check::rule)
                .contains("合计 = sum of the 类", "类 302 = sum of its 款", "合计 = 人员经费 + 公用经费");
        assertThat(extraction.report().reconciled()).isTrue();
    }

    private static LinePart line(ReportDocument report, String code) {
        return line(report, code, "GENERAL_PUBLIC_BUDGET");
    }

    private static LinePart line(ReportDocument report, String code, String fund) {
        return report.lines().stream().filter(l -> l.code().equals(code) && l.fund().equals(fund)).findFirst()
                .orElseThrow(() -> new AssertionError("no line " + code + " " + fund));
    }
}
