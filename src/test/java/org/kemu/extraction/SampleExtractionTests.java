package org.kemu.extraction;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kemu.format.ReportDocument;
import org.kemu.format.ReportDocument.LinePart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Three {@code pdftotext -layout} texts of published disclosures (see src/test/resources/extraction and the
 * provenance notes in /work/shared/samples): the 功能分类 tables reconcile with their stated totals, or the report
 * says exactly which printed total differs, and amounts read from the text by hand come out of the extractor.
 */
class SampleExtractionTests {

    private static final String PUTUO = "sh_putuo_caizhengju_2024_final.txt";
    private static final String WANLI = "sh_putuo_wanli_jiedao_2024_dept_budget.txt";
    private static final String JIANGSU = "js_gaoyuan_2019_dept_budget.txt";

    @Test
    void putuoFinalAccount() {
        var extraction = ExtractionFixtures.extract(PUTUO);
        var report = extraction.primary();
        assertThat(report.unit().name()).isEqualTo("上海市普陀区财政局");
        assertThat(report.year()).isEqualTo(2024);
        assertThat(report.kind()).isEqualTo("FINAL_ACCOUNT");
        assertThat(report.amountUnit()).isEqualTo("万元");

        // 支出决算表, line 222 "201 06 01 行政运行 1,511.89 … 8.37", its 基本支出 1,503.52 printed on line 221
        assertThat(line(report, "2010601", "ALL")).satisfies(l -> amounts(l, "1511.89", "1503.52", "8.37"));
        // lines 232-234: "208 05 05 160.75 160.75" with the name wrapped over the two lines below
        assertThat(line(report, "2080505", "ALL"))
                .satisfies(l -> assertThat(l.name()).isEqualTo("机关事业单位基本养老保险缴费支出"))
                .satisfies(l -> amounts(l, "160.75", "160.75", null));
        // 一般公共预算财政拨款支出决算表, line 330 "221 02 03 购房补贴 258.50 258.50"
        assertThat(line(report, "2210203", "GENERAL_PUBLIC_BUDGET")).satisfies(l -> amounts(l, "258.50", "258.50", null));
        // its 合计 row, line 331 "合计 2,940.05 2,336.91 603.14"
        assertThat(figure(report, "EXPENDITURE_PROJECT", "GENERAL_PUBLIC_BUDGET")).isEqualByComparingTo("603.14");
        // 基本支出 table (人员经费 and 公用经费 side by side): 262.33 on line 344 above "301 01 … 302", names below
        assertThat(line(report, "30101", "GENERAL_PUBLIC_BUDGET").total()).isEqualByComparingTo("262.33");
        assertThat(line(report, "30201", "GENERAL_PUBLIC_BUDGET").total()).isEqualByComparingTo("21.21");
        // line 477: "2,152.26 … 184.65" above "人员经费合计 … 公用经费合计"
        assertThat(figure(report, "EXPENDITURE_PERSONNEL", "GENERAL_PUBLIC_BUDGET")).isEqualByComparingTo("2152.26");
        assertThat(figure(report, "EXPENDITURE_PUBLIC_USE", "GENERAL_PUBLIC_BUDGET")).isEqualByComparingTo("184.65");
        // 三公 table, line 491: 0.95 under 合计 预算数 and under 公务接待费 预算数
        assertThat(report.threePublic()).filteredOn(t -> t.item().equals("TOTAL")).singleElement()
                .satisfies(t -> assertThat(t.budget()).isEqualByComparingTo("0.95"));

        var sources = extraction.report().sources();
        var expenditure = sources.stream().filter(s -> s.name().equals("支出决算表")).findFirst().orElseThrow();
        assertThat(expenditure.linesRead()).isEqualTo(20);
        // every 类, 款 and 项 adds up; only the printed 合计 (line 216) is 0.01 off the 类 it totals:
        // 2106.66 + 326.72 + 60.99 + 445.69 = 2940.06 against 2940.05, and 2336.92 against 2336.91 for 基本支出
        var tableChecks = extraction.report().checks().stream().filter(c -> c.source().equals("支出决算表")).toList();
        assertThat(tableChecks).filteredOn(c -> !c.ok()).extracting(ExtractionReport.Check::line).containsOnly(216);
        assertThat(tableChecks).filteredOn(c -> !c.ok()).extracting(ExtractionReport.Check::computed)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactlyInAnyOrder(new BigDecimal("2940.06"), new BigDecimal("2336.92"));
        assertThat(tableChecks).filteredOn(c -> c.rule().startsWith("类") || c.rule().startsWith("款"))
                .allSatisfy(c -> assertThat(c.ok()).isTrue());
        // 收入支出决算总表 line 142 prints 326.71 for 社会保障和就业支出, the 支出决算表 326.72: flagged, not dropped
        assertThat(line(report, "208", "ALL").note()).contains("326.71");
        // 收入决算表: its 合计 amounts (line 175) above "类 款 项" and the label 合计 (line 177), the first of them
        // 本年收入合计; the codes of rows whose names wrap (line 189 "208 05 05 160.75 160.75") are no amounts
        var income = sources.stream().filter(s -> s.name().equals("收入决算表")).findFirst().orElseThrow();
        assertThat(income.skipped()).isEmpty();
        assertThat(report.figures()).filteredOn(f -> f.key().equals("INCOME_TOTAL") && f.fund().equals("ALL"))
                .singleElement().satisfies(f -> assertThat(f.amount()).isEqualByComparingTo("2946.25"))
                .satisfies(f -> assertThat(f.table()).contains("收入决算表"))
                .satisfies(f -> assertThat(f.note()).isNull());
        // what does not reconcile is the document's own: 208 above, and 正文 line 548 "财政拨款收入支出总计0.3万元"
        assertThat(extraction.report().checks()).filteredOn(c -> !c.ok() && !c.withinRounding())
                .extracting(ExtractionReport.Check::source, ExtractionReport.Check::line)
                .containsExactlyInAnyOrder(tuple("收入支出决算总表", 142), tuple("正文", 548), tuple("正文", 548));
        assertThat(extraction.report().reconciled()).isFalse();
    }

    @Test
    void wanliStreetOfficeBudget() {
        var extraction = ExtractionFixtures.extract(WANLI);
        var report = extraction.primary();
        assertThat(report.unit().name()).isEqualTo("上海市普陀区人民政府万里街道办事处");
        assertThat(report.kind()).isEqualTo("BUDGET");
        assertThat(report.amountUnit()).isEqualTo("元");

        // 支出预算总表, line 457 "212 01 01 行政运行 16,603,248 16,353,248 250,000"
        assertThat(line(report, "2120101", "ALL")).satisfies(l -> amounts(l, "16603248", "16353248", "250000"));
        // 一般公共预算支出功能分类预算表, after a page break and a repeated header: line 671
        assertThat(line(report, "2210201", "GENERAL_PUBLIC_BUDGET").total()).isEqualByComparingTo("3503499");
        // 财政拨款收支预算总表, line 510 "八、城乡社区支出 119,385,303 119,385,303"
        assertThat(line(report, "212", "FISCAL").total()).isEqualByComparingTo("119385303");
        // 基本支出 table, line 720 prints the code "301 2" for 津贴补贴 (30102)
        assertThat(line(report, "30102", "GENERAL_PUBLIC_BUDGET"))
                .satisfies(l -> assertThat(l.total()).isEqualByComparingTo("16623810"))
                .satisfies(l -> assertThat(l.personnel()).isEqualByComparingTo("16623810"))
                .satisfies(l -> assertThat(l.publicUse()).isEqualByComparingTo("0"));
        // 三公 table in 万元, line 791 "47.91 0 1.35 46.56 25 21.56 443.18" (接待 before 车 in this template)
        assertThat(report.threePublic()).filteredOn(t -> t.item().equals("RECEPTION")).singleElement()
                .satisfies(t -> assertThat(t.budget()).isEqualByComparingTo("1.35"))
                .satisfies(t -> assertThat(t.unit()).isEqualTo("万元"));
        assertThat(report.threePublic()).filteredOn(t -> t.item().equals("VEHICLE_PURCHASE")).singleElement()
                .satisfies(t -> assertThat(t.budget()).isEqualByComparingTo("25"));
        // the text names the 项 only in 万元 ("住房公积金（项）”350.35万元", line 175), rounding 3,503,499 元
        assertThat(line(report, "2210201", "FISCAL"))
                .satisfies(l -> assertThat(l.total()).isEqualByComparingTo("350.35"))
                .satisfies(l -> assertThat(l.unit()).isEqualTo("万元"));

        assertThat(itemLines(report, "ALL")).hasSize(33);
        assertThat(itemLines(report, "GENERAL_PUBLIC_BUDGET")).hasSize(33);
        assertThat(extraction.report().reconciled()).isTrue();
    }

    @Test
    void jiangsuProvincialBudgetOf2019() {
        var extraction = ExtractionFixtures.extract(JIANGSU);
        var report = extraction.primary();
        assertThat(report.unit().name()).isEqualTo("江苏省高级人民法院");
        assertThat(report.year()).isEqualTo(2019);
        assertThat(report.kind()).isEqualTo("BUDGET");

        // 财政拨款支出预算表（功能科目）, line 321: a code of the 2019 classification
        assertThat(line(report, "2080504", "FISCAL").total()).isEqualByComparingTo("417.06");
        // lines 322-324: the name wraps above and below "2080505 1,384.70"
        assertThat(line(report, "2080505", "FISCAL"))
                .satisfies(l -> assertThat(l.name()).isEqualTo("机关事业单位基本养老保险缴费支出"))
                .satisfies(l -> assertThat(l.total()).isEqualByComparingTo("1384.70"));
        // line 406: the 款 under its 2019 name 行政事业单位离退休 (now 行政事业单位养老支出)
        assertThat(line(report, "20805", "GENERAL_PUBLIC_BUDGET").total()).isEqualByComparingTo("2355.65");
        assertThat(line(report, "2210202", "GENERAL_PUBLIC_BUDGET").total()).isEqualByComparingTo("5465.10");
        // 财政拨款基本支出预算表（经济科目）, line 344
        assertThat(line(report, "30101", "FISCAL").total()).isEqualByComparingTo("2827.41");
        // 公开03表, line 273: the totals row carries no label
        assertThat(figure(report, "EXPENDITURE_TOTAL", "ALL")).isEqualByComparingTo("37188.34");
        // 三公 table, line 485 "2,382.02 513.75 160.00 266.80 266.80 86.95 271.02 1,597.25" (购置费 empty)
        assertThat(report.threePublic()).filteredOn(t -> t.item().equals("TOTAL")).singleElement()
                .satisfies(t -> assertThat(t.budget()).isEqualByComparingTo("513.75"));
        assertThat(report.threePublic()).filteredOn(t -> t.item().equals("OUTBOUND")).singleElement()
                .satisfies(t -> assertThat(t.budget()).isEqualByComparingTo("160.00"));

        assertThat(itemLines(report, "FISCAL")).hasSize(11);
        assertThat(extraction.report().reconciled()).isTrue();
        assertThat(extraction.report().sources()).filteredOn(s -> s.kind().equals("FUNCTION"))
                .allSatisfy(s -> assertThat(s.reconciled()).isTrue());
    }

    private static LinePart line(ReportDocument report, String code, String fund) {
        return report.lines().stream().filter(l -> l.code().equals(code) && l.fund().equals(fund)).findFirst()
                .orElseThrow(() -> new AssertionError("no line " + code + " " + fund));
    }

    private static List<LinePart> itemLines(ReportDocument report, String fund) {
        return report.lines().stream()
                .filter(l -> l.scheme().equals("FUNCTION") && l.code().length() == 7 && l.fund().equals(fund))
                .toList();
    }

    private static BigDecimal figure(ReportDocument report, String key, String fund) {
        return report.figures().stream().filter(f -> f.key().equals(key) && f.fund().equals(fund)).findFirst()
                .orElseThrow(() -> new AssertionError("no figure " + key + " " + fund)).amount();
    }

    private static void amounts(LinePart line, String total, String basic, String project) {
        assertThat(line.total()).isEqualByComparingTo(total);
        if (basic != null) {
            assertThat(line.basic()).isEqualByComparingTo(basic);
        }
        if (project == null) {
            assertThat(line.project()).isNull();
        } else {
            assertThat(line.project()).isEqualByComparingTo(project);
        }
    }
}
