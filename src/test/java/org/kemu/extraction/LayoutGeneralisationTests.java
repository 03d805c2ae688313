package org.kemu.extraction;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kemu.format.ReportDocument;
import org.kemu.format.ReportDocument.LinePart;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Small disclosures written for these tests in layouts none of the eight real texts uses (see the synthetic_*.txt
 * files): what is read, and how the reconciliation reports what does not add up.
 */
class LayoutGeneralisationTests {

    @Test
    void budgetWithCodesSplitOverThreeColumnsAndAPageBreakInsideTheTable() {
        var extraction = ExtractionFixtures.extract("synthetic_budget_split_codes.txt");
        var report = extraction.primary();
        assertThat(report.kind()).isEqualTo("BUDGET");
        assertThat(report.year()).isEqualTo(2025);
        assertThat(report.unit().name()).isEqualTo("某某县教育局");

        // "205 01 01 行政运行": a 项 kemu's seed classification does not list yet is kept, and said so
        assertThat(line(report, "2050101"))
                .satisfies(l -> assertThat(l.total()).isEqualByComparingTo("820000.00"))
                .satisfies(l -> assertThat(l.note()).contains("not in kemu's classification"));
        // the 项目支出 of 初中教育 is printed on the line above its row
        assertThat(line(report, "2050203"))
                .satisfies(l -> assertThat(l.total()).isEqualByComparingTo("300000.00"))
                .satisfies(l -> assertThat(l.project()).isEqualByComparingTo("300000.00"))
                .satisfies(l -> assertThat(l.basic()).isNull());
        // the name wraps and its amounts sit on the wrapped part, after the page break and the repeated header
        assertThat(line(report, "2080505"))
                .satisfies(l -> assertThat(l.name()).isEqualTo("机关事业单位基本养老保险缴费支出"))
                .satisfies(l -> assertThat(l.total()).isEqualByComparingTo("64000.00"));
        assertThat(report.lines()).hasSize(10);
        assertThat(report.figures()).filteredOn(f -> f.key().equals("EXPENDITURE_TOTAL")).singleElement()
                .satisfies(f -> assertThat(f.amount()).isEqualByComparingTo("1346000.00"))
                .satisfies(f -> assertThat(f.basis()).isEqualTo("BUDGET_INITIAL"));

        assertThat(extraction.report().reconciled()).isTrue();
        var table = extraction.report().sources().getFirst();
        assertThat(table.firstPage()).isEqualTo(1);
        assertThat(table.lastPage()).isEqualTo(2);
        assertThat(table.skipped()).extracting(ExtractionReport.SkippedLine::reason)
                .contains("page number", "table header repeated after a page break");
    }

    @Test
    void finalAccountInWanYuanWithSideBySideTablesFlagsTheSectionThatDoesNotAddUp() {
        var extraction = ExtractionFixtures.extract("synthetic_final_wan_yuan.txt");
        var report = extraction.primary();
        assertThat(report.amountUnit()).isEqualTo("万元");

        // 21201 states 480.50 (项目支出 80.00); its 项 add up to 470.50 (70.00): the 款 is flagged, not corrected
        assertThat(line(report, "21201"))
                .satisfies(l -> assertThat(l.total()).isEqualByComparingTo("480.50"))
                .satisfies(l -> assertThat(l.note()).contains("unreconciled").contains("470.50"));
        assertThat(extraction.report().reconciled()).isFalse();
        assertThat(extraction.report().failures())
                .allSatisfy(c -> assertThat(c.subject()).isEqualTo("21201"))
                .extracting(ExtractionReport.Check::computed)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactlyInAnyOrder(new BigDecimal("470.50"), new BigDecimal("70.00"));
        // the table goes on after a page break; 合计 = the two 类
        assertThat(line(report, "2210201").total()).isEqualByComparingTo("33.00");

        // 人员经费 and 公用经费 printed side by side on the same lines
        assertThat(economic(report, "30101").total()).isEqualByComparingTo("200.00");
        assertThat(economic(report, "30211").total()).isEqualByComparingTo("13.50");
        assertThat(economic(report, "303").total()).isEqualByComparingTo("20.00");
        assertThat(report.figures()).filteredOn(f -> f.key().equals("EXPENDITURE_PUBLIC_USE")).singleElement()
                .satisfies(f -> assertThat(f.amount()).isEqualByComparingTo("33.50"));

        // 三公 with 预算数 and 决算数 in pairs under each item
        assertThat(report.threePublic()).filteredOn(t -> t.item().equals("RECEPTION")).singleElement()
                .satisfies(t -> assertThat(t.budget()).isEqualByComparingTo("1.00"))
                .satisfies(t -> assertThat(t.actual()).isEqualByComparingTo("0.50"));
        assertThat(report.figures()).filteredOn(f -> f.key().equals("INCOME_GRAND_TOTAL")).singleElement()
                .satisfies(f -> assertThat(f.amount()).isEqualByComparingTo("523.50"));
        assertThat(report.glossary()).extracting(ReportDocument.GlossaryPart::term)
                .containsExactly("财政拨款收入", "基本支出");
    }

    @Test
    void prosWithCodesInBracketsAndNamesWithoutCodes() {
        var extraction = ExtractionFixtures.extract("synthetic_prose_bracket_codes.txt");
        var report = extraction.primary();

        // "社会保障和就业（208）民政管理事务（02）社会组织管理（06）：支出决算为1,200,000.00元"
        assertThat(line(report, "2080206", "GENERAL_PUBLIC_BUDGET").total()).isEqualByComparingTo("1200000.00");
        // "行政运行2,100,000.00元" names 23 subjects; the list's 社会组织管理 puts it under 20802
        assertThat(line(report, "2080201", "ALL"))
                .satisfies(l -> assertThat(l.total()).isEqualByComparingTo("2100000.00"))
                .satisfies(l -> assertThat(l.namePath()).containsExactly("行政运行"));
        assertThat(line(report, "208", "GENERAL_PUBLIC_BUDGET").total()).isEqualByComparingTo("3300000.00");
        assertThat(report.threePublic()).filteredOn(t -> t.item().equals("VEHICLE_TOTAL")).singleElement()
                .satisfies(t -> assertThat(t.actual()).isEqualByComparingTo("8000.00"));
        // the 项 add up to their 类 and the 类 to the stated 一般公共预算财政拨款支出
        assertThat(extraction.report().checks()).isNotEmpty().allSatisfy(c -> assertThat(c.ok()).isTrue());
    }

    @Test
    void budgetAndFinalColumnsUnderASpanningHeaderWithDashesForEmptyCells() {
        var extraction = ExtractionFixtures.extract("synthetic_final_budget_columns.txt");
        var report = extraction.primary();

        // 年初预算数 | 调整预算数 | 决算数 (合计 | 基本支出 | 项目支出); "-" is an empty cell, not a zero
        assertThat(line(report, "2010302", "GENERAL_PUBLIC_BUDGET"))
                .satisfies(l -> assertThat(l.budgetInitial()).isEqualByComparingTo("100000.00"))
                .satisfies(l -> assertThat(l.budgetAdjusted()).isEqualByComparingTo("120000.00"))
                .satisfies(l -> assertThat(l.total()).isEqualByComparingTo("115000.00"))
                .satisfies(l -> assertThat(l.basic()).isNull())
                .satisfies(l -> assertThat(l.project()).isEqualByComparingTo("115000.00"));
        // the name of 20103 takes the whole line; its amounts are printed on the next one
        assertThat(line(report, "20103", "GENERAL_PUBLIC_BUDGET"))
                .satisfies(l -> assertThat(l.name()).isEqualTo("政府办公厅（室）及相关机构事务"))
                .satisfies(l -> assertThat(l.total()).isEqualByComparingTo("515000.00"));
        assertThat(extraction.report().reconciled()).isTrue();
        assertThat(extraction.report().checks()).hasSizeGreaterThan(10);
    }

    @Test
    void tableWithNamesOnlyIndentedByLevel() {
        var text = """
                某某区财政局2025年部门预算

                                      表三：一般公共预算支出表
                                                                 单位：万元
                 科目名称                          合计      基本支出    项目支出
                 合计                              120.00     100.00      20.00
                 一般公共服务支出                  120.00     100.00      20.00
                   财政事务                        120.00     100.00      20.00
                     行政运行                      100.00     100.00
                     一般行政管理事务               20.00                 20.00
                """;
        var extraction = ExtractionFixtures.EXTRACTOR.extract(text, "names-only.txt", null);
        var report = extraction.primary();

        // no code is printed: 行政运行 (a name 23 subjects share) is read under 财政事务 above it
        assertThat(line(report, "2010601", "GENERAL_PUBLIC_BUDGET"))
                .satisfies(l -> assertThat(l.total()).isEqualByComparingTo("100.00"))
                .satisfies(l -> assertThat(l.namePath()).containsExactly("一般公共服务支出", "财政事务", "行政运行"));
        assertThat(line(report, "2010602", "GENERAL_PUBLIC_BUDGET").project()).isEqualByComparingTo("20.00");
        assertThat(extraction.report().reconciled()).isTrue();
    }

    @Test
    void theRegionComesFromTheCallerAndItsAbsenceIsNoted() {
        var text = ExtractionFixtures.text("synthetic_final_wan_yuan.txt");
        var withRegion = ExtractionFixtures.EXTRACTOR.extract(text, "a.txt", "330100");
        assertThat(withRegion.primary().unit().regionCode()).isEqualTo("330100");
        assertThat(withRegion.report().notes()).noneMatch(n -> n.contains("region"));

        var without = ExtractionFixtures.EXTRACTOR.extract(text, "a.txt", null);
        assertThat(without.primary().unit().regionCode()).isNull();
        assertThat(without.report().notes()).anyMatch(n -> n.contains("no region code"));
    }

    /** A table in 千元: named as not read with the reason, never read as if in the unit of the tables around it. */
    @Test
    void aTableInAUnitTheFormatHasNoPlaceForIsNamedNotRead() {
        var text = """
                                    某某县教育局2025年部门预算
                              一般公共预算支出功能分类预算表
                编制单位：某某县教育局                                    单位：万元
                科目编码      科目名称                      合计        基本支出
                205           教育支出                      125.00      125.00
                20501         教育管理事务                  125.00      125.00
                2050101       行政运行                      125.00      125.00
                              合计                          125.00      125.00

                              一般公共预算基本支出经济分类预算表
                编制单位：某某县教育局                                    单位：千元
                科目编码      科目名称                      合计
                301           工资福利支出                  1,250.0
                30101         基本工资                      1,250.0
                """;
        var extraction = ExtractionFixtures.EXTRACTOR.extract(text, "t.txt", "330100");

        assertThat(extraction.primary().lines()).extracting(LinePart::code).containsExactly("205", "20501", "2050101");
        assertThat(extraction.report().notes()).contains("not read: 一般公共预算基本支出经济分类预算表 (line 10), its"
                + " amounts are in 千元, which kemu does not read (元 and 万元 only)");
    }

    /**
     * The “三公” section of the text under a heading numbered "五、", "（五）", "5." or "（一）": its items read alike;
     * and the 收入总计 and 支出总计 a sentence states one by one.
     */
    @ParameterizedTest
    @ValueSource(strings = {"五、", "（五）", "5.", "（一）"})
    void threePublicProseUnderHeadingsOfEveryNumbering(String number) {
        var text = """
                某某县教育局2024年度部门决算
                四、收入支出决算总体情况说明
                2024年度收入总计125.00万元，支出总计125.00万元。
                %s“三公”经费支出情况说明
                2024年度“三公”经费财政拨款支出决算为3.50万元，其中：因公出国（境）费0万元，公务用车购置及运行维护费2.00万元，公务接待费1.50万元。
                六、其他重要事项的情况说明
                """.formatted(number);
        var report = ExtractionFixtures.EXTRACTOR.extract(text, "t.txt", "330100").primary();

        assertThat(report.threePublic()).extracting(item -> item.item() + " " + item.actual().toPlainString())
                .containsExactlyInAnyOrder("TOTAL 3.50", "OUTBOUND 0", "VEHICLE_TOTAL 2.00", "RECEPTION 1.50");
        // and the totals the sentence before states one by one: "收入总计125.00万元，支出总计125.00万元"
        assertThat(report.figures()).extracting(figure -> figure.key() + " " + figure.amount().toPlainString())
                .contains("INCOME_GRAND_TOTAL 125.00", "EXPENDITURE_GRAND_TOTAL 125.00");
    }

    private static LinePart line(ReportDocument report, String code) {
        return line(report, code, "ALL");
    }

    private static LinePart line(ReportDocument report, String code, String fund) {
        return report.lines().stream()
                .filter(l -> l.scheme().equals("FUNCTION") && l.code().equals(code) && l.fund().equals(fund))
                .findFirst().orElseThrow(() -> new AssertionError("no line " + code + " " + fund));
    }

    private static LinePart economic(ReportDocument report, String code) {
        return report.lines().stream().filter(l -> l.scheme().equals("ECONOMIC_DEPT") && l.code().equals(code))
                .findFirst().orElseThrow(() -> new AssertionError("no economic line " + code));
    }
}
