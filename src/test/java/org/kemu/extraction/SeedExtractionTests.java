package org.kemu.extraction;

import java.math.BigDecimal;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kemu.format.ReportDocument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The five seed documents, extracted and compared with their hand-made transcriptions in seed/reports: every line
 * measure, figure, “三公” amount and 名词解释 entry the extractor states equals the hand-made one, and the hand-made
 * 功能分类 项 lines are found with the right code and amount.
 */
class SeedExtractionTests {

    static Stream<Arguments> seeds() {
        return Stream.of(
                Arguments.of("000_a720d495796a7aa4.txt", "000-wutongqiao-2024-final-account.json", 9, 21),
                Arguments.of("001_b6243eb5bb848ade.txt", "001-yanchi-2024-final-account.json", 18, 13),
                Arguments.of("002_595e8d6e8c1c786c.txt", "002-panzhihua-2024-performance.json", 10, 0),
                Arguments.of("003_21ee677c448051c8.txt", "003-dazhu-2023-final-account.json", 10, 23),
                Arguments.of("004_8d536a5c6791964a.txt", "004-shuangpai-2024-performance.json", 0, 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void reproducesTheHandMadeReportForEveryFigureItCovers(String text, String seedFile, int items, int glossary) {
        var extraction = ExtractionFixtures.extract(text);
        var seeds = ExtractionFixtures.seedReports(seedFile);
        var itemsFound = 0;
        var itemsInSeed = 0;
        var glossaryCompared = 0;
        for (var report : extraction.reports()) {
            var seed = seeds.stream()
                    .filter(s -> s.kind().equals(report.kind()) && s.year().equals(report.year()))
                    .findFirst().orElseThrow(() -> new AssertionError("no hand-made " + report.kind() + " report"));
            assertThat(report.unit().name()).isEqualTo(seed.unit().name());
            var comparison = new SeedComparison(report, seed);
            assertThat(comparison.mismatches).as(text + " " + report.kind()).isEmpty();
            itemsFound += comparison.itemsFound();
            itemsInSeed += comparison.itemsInSeed();
            glossaryCompared += comparison.glossaryCompared;
            System.out.printf("%s %s: 功能分类 项 lines %d/%d; compared %d lines, %d figures, %d “三公” items, "
                            + "%d 名词解释; not in the hand-made report: %s%n", text, report.kind(),
                    comparison.itemsFound(), comparison.itemsInSeed(), comparison.linesCompared,
                    comparison.figuresCompared, comparison.threePublicCompared, comparison.glossaryCompared,
                    comparison.notInSeed);
        }
        assertThat(itemsFound).as("项 lines found with the right code and amount").isEqualTo(itemsInSeed)
                .isEqualTo(items);
        assertThat(glossaryCompared).isEqualTo(glossary);
    }

    @Test
    void yanchiTablesAreReadCompletelyAndReconcile() {
        var extraction = ExtractionFixtures.extract("001_b6243eb5bb848ade.txt");
        var report = extraction.primary();
        var seed = ExtractionFixtures.seedReports("001-yanchi-2024-final-account.json").getFirst();
        var comparison = new SeedComparison(report, seed);

        assertThat(comparison.notInSeed).isEmpty();
        assertThat(comparison.linesCompared).isEqualTo(seed.lines().size());
        assertThat(comparison.threePublicCompared).isEqualTo(6);
        assertThat(comparison.figuresCompared).isGreaterThanOrEqualTo(40);
        assertThat(extraction.report().reconciled()).isTrue();
        assertThat(extraction.report().sources())
                .filteredOn(s -> s.kind().equals("FUNCTION") || s.kind().equals("ECONOMIC"))
                .allSatisfy(s -> assertThat(s.skipped()).isEmpty());
    }

    @Test
    void documentsStatingInconsistentAmountsSayWhere() {
        var wutongqiao = ExtractionFixtures.extract("000_a720d495796a7aa4.txt").report();
        // 五（二）: 807.68 + 13.05 + 28.18 = 848.91, while 五（一） states 848.9 (the hand-made note says so too):
        // listed, and accepted as the rounding of 万元 figures
        assertThat(wutongqiao.roundingDifferences()).singleElement()
                .satisfies(c -> assertThat(c.stated()).isEqualByComparingTo("848.9"))
                .satisfies(c -> assertThat(c.computed()).isEqualByComparingTo("848.91"))
                .satisfies(c -> assertThat(c.ok()).isFalse());
        assertThat(wutongqiao.failures()).isEmpty();
        assertThat(wutongqiao.reconciled()).isTrue();

        var dazhu = ExtractionFixtures.extract("003_21ee677c448051c8.txt");
        // 208: six 项 add to 607.09 against 607.08; 210: 36.31 against 36.32; the 类 add to 674.38 against 674.37
        assertThat(dazhu.report().roundingDifferences()).extracting(ExtractionReport.Check::subject)
                .containsExactlyInAnyOrder("208", "210", "EXPENDITURE_TOTAL");
        assertThat(dazhu.primary().lines()).filteredOn(l -> l.code().equals("208")).singleElement()
                .satisfies(l -> assertThat(l.note()).contains("unreconciled"));

        var panzhihua = ExtractionFixtures.extract("002_595e8d6e8c1c786c.txt");
        // ten 项 add to 1482.06, the text's 本年支出 is 1482.05
        assertThat(panzhihua.report().roundingDifferences()).singleElement()
                .satisfies(c -> assertThat(c.computed()).isEqualByComparingTo("1482.06"));
    }

    @Test
    void aDifferenceBeyondRoundingIsAFailureNamingItsLine() {
        var report = ExtractionFixtures.extract("synthetic_final_wan_yuan.txt").report();
        // 21201 states 480.50 万元, its 项 add to 470.50: ten thousand 元 missing is no rounding
        assertThat(report.reconciled()).isFalse();
        assertThat(report.failures()).extracting(ExtractionReport.Check::subject, ExtractionReport.Check::line)
                .containsOnly(tuple("21201", 18));
        assertThat(report.failures()).extracting(ExtractionReport.Check::computed)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactlyInAnyOrder(new BigDecimal("470.50"), new BigDecimal("70.00"));
    }

    @Test
    void aPerformanceReportStatingTheYearsFinalAccountYieldsBothReports() {
        var extraction = ExtractionFixtures.extract("002_595e8d6e8c1c786c.txt");

        assertThat(extraction.reports()).extracting(ReportDocument::kind)
                .containsExactly("PERFORMANCE", "FINAL_ACCOUNT");
        var finalAccount = extraction.reports().get(1);
        // "行政运行" names 23 subjects; the other items of the list are under 20801, so it is 2080101
        assertThat(finalAccount.lines()).filteredOn(l -> l.code().equals("2080101")).singleElement()
                .satisfies(l -> assertThat(l.total()).isEqualByComparingTo("922.57"));
    }

    @Test
    void namesAndYearsComeFromTitlesUnitLinesOrSentences() {
        assertThat(ExtractionFixtures.extract("003_21ee677c448051c8.txt").primary())
                .satisfies(r -> assertThat(r.unit().name()).isEqualTo("大竹县社会保险事业管理局"))
                .satisfies(r -> assertThat(r.year()).isEqualTo(2023))
                .satisfies(r -> assertThat(r.kind()).isEqualTo("FINAL_ACCOUNT"));
        assertThat(ExtractionFixtures.extract("004_8d536a5c6791964a.txt").primary())
                .satisfies(r -> assertThat(r.unit().name()).isEqualTo("双牌县社会保险服务中心"))
                .satisfies(r -> assertThat(r.kind()).isEqualTo("PERFORMANCE"));
    }
}
