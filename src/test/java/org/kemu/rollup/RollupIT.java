package org.kemu.rollup;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kemu.support.CypherStatementCounter;
import org.kemu.support.KemuIntegrationTest;
import org.kemu.support.SeedUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Roll-ups, comparisons and consistency checks on the figures of the seed documents. */
@KemuIntegrationTest
class RollupIT {

    @Autowired
    GraphQlTester graphQl;

    @Test
    void yanchi2024ByClassWithSharesSummingToOne() {
        var response = graphQl.documentName("rollup")
                .variable("filter", Map.of("unitIds", List.of(SeedUnit.YANCHI.id()), "years", List.of(2024)))
                .variable("level", "CLASS").execute();
        response.path("rollup[*].subject.code").entityList(String.class).containsExactly("208", "210", "221");
        amounts(response, "rollup[*].amount", "12615180.13", "126132.77", "242830.00");
        response.path("rollup[*].share").entityList(Double.class).satisfies(shares ->
                assertThat(shares.stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12)));
        response.path("rollup[0].unit").valueIsNull();
        response.path("rollup[0].year").valueIsNull();
    }

    /**
     * Roll-ups to 类 read the class totals written at import; roll-ups to 款 read the lines. Summing the 款 rows
     * (and the lines stated only at 类) must give the 类 rows, for every unit, year and measure.
     */
    @Test
    void classTotalsAgreeWithTheLinesForEveryUnitYearAndMeasure() {
        for (var measure : List.of("TOTAL", "BASIC", "PROJECT", "BUDGET_INITIAL", "BUDGET_ADJUSTED")) {
            for (var kind : List.of("FINAL_ACCOUNT", "BUDGET")) {
                var filter = Map.<String, Object>of("kind", kind);
                var classes = rows(filter, "CLASS", measure);
                var sections = rows(filter, "SECTION", measure);
                var summed = new java.util.TreeMap<String, BigDecimal>();
                sections.forEach((key, amount) -> summed.merge(key.substring(0, key.lastIndexOf('/') + 4), amount, BigDecimal::add));
                assertThat(summed).as(measure + " " + kind).isEqualTo(classes);
            }
        }
        assertThat(rows(Map.of(), "CLASS", "TOTAL")).isNotEmpty();
    }

    /**
     * A request that asks for no report counts, execution rates or per-staff figures is answered by lighter
     * queries; its rows must be those of the full roll-up, for lines and class totals alike.
     */
    @Test
    void sumsWithoutDetailEqualTheFullRollup() {
        var fields = List.of("subject", "unit", "region", "year", "amount", "share", "lineCount", "note");
        for (var level : List.of("CLASS", "SECTION", "ITEM")) {
            for (var groupBy : List.of(List.of("UNIT", "YEAR", "SUBJECT"), List.of("REGION"), List.<String>of())) {
                for (var measure : List.of("TOTAL", "BUDGET_ADJUSTED")) {
                    var full = graphQl.documentName("rollup").variable("filter", Map.of()).variable("level", level)
                            .variable("groupBy", groupBy).variable("measure", measure).execute()
                            .path("rollup").entityList(Map.class).get();
                    var sums = graphQl.documentName("rollupSums").variable("filter", Map.of()).variable("level", level)
                            .variable("groupBy", groupBy).variable("measure", measure).execute()
                            .path("rollup").entityList(Map.class).get();
                    var expected = full.stream().map(row -> {
                        var kept = new java.util.HashMap<Object, Object>();
                        fields.forEach(field -> kept.put(field, row.get(field) instanceof Map<?, ?> nested
                                ? Map.of(nested.keySet().iterator().next(), nested.values().iterator().next()) : row.get(field)));
                        return kept;
                    }).toList();
                    assertThat(sums).as(level + " " + groupBy + " " + measure).isNotEmpty().isEqualTo(expected);
                }
            }
        }
    }

    private Map<String, BigDecimal> rows(Map<String, Object> filter, String level, String measure) {
        var rows = graphQl.documentName("rollup").variable("filter", filter).variable("level", level)
                .variable("measure", measure).variable("groupBy", List.of("UNIT", "YEAR", "SUBJECT")).execute()
                .path("rollup").entityList(Map.class).get();
        var result = new java.util.TreeMap<String, BigDecimal>();
        for (var row : rows) {
            var key = ((Map<?, ?>) row.get("unit")).get("id") + "/" + row.get("year") + "/"
                    + ((Map<?, ?>) row.get("subject")).get("code");
            result.put(key, new BigDecimal(row.get("amount").toString()));
        }
        return result;
    }

    @Test
    void basicMeasureRollsUpOnlyTheBasicFigures() {
        graphQl.documentName("rollup")
                .variable("filter", Map.of("unitIds", List.of(SeedUnit.YANCHI.id()), "years", List.of(2024)))
                .variable("level", "CLASS").variable("under", "208").variable("measure", "BASIC").execute()
                .path("rollup[0].amount").entity(BigDecimal.class).isEqualTo(new BigDecimal("2055306.13"));
    }

    @Test
    void sichuanSocialInsuranceAgenciesPerUnitIn2024() {
        var response = graphQl.documentName("rollup")
                .variable("filter", Map.of("regionCodes", List.of("51"), "years", List.of(2024)))
                .variable("level", "ITEM").variable("under", "2080109").variable("groupBy", List.of("UNIT")).execute();
        response.path("rollup[*].unit.name").entityList(String.class)
                .satisfies(names -> assertThat(names).containsExactlyInAnyOrder("五通桥区社会保险事务中心", "攀枝花市社会保险事务中心"));
        response.path("rollup[?(@.unit.name == '五通桥区社会保险事务中心')].amount").entityList(BigDecimal.class)
                .containsExactly(new BigDecimal("7360900.00"));
        response.path("rollup[?(@.unit.name == '攀枝花市社会保险事务中心')].amount").entityList(BigDecimal.class)
                .containsExactly(new BigDecimal("1399700.00"));
        response.path("rollup[0].subject").valueIsNull();
        // 攀枝花 states 58 staff in post in its 2024 绩效自评: 1,399,700.00 / 58
        response.path("rollup[?(@.unit.name == '攀枝花市社会保险事务中心')].perStaff").entityList(BigDecimal.class)
                .containsExactly(new BigDecimal("24132.76"));
    }

    @Test
    void regionCodesCoverTheirSubtreeAndYearsSeparateReports() {
        var response = graphQl.documentName("rollup")
                .variable("filter", Map.of("regionCodes", List.of("510000")))
                .variable("level", "ITEM").variable("under", "2080109").variable("groupBy", List.of("UNIT", "YEAR")).execute();
        response.path("rollup[*].year").entityList(Integer.class).contains(2023, 2024);
        response.path("rollup[?(@.year == 2023)].amount").entityList(BigDecimal.class)
                .containsExactly(new BigDecimal("5771200.00"));
    }

    @Test
    void rollupToAFinerLevelThanStatedSaysSoInsteadOfGuessing() {
        var response = graphQl.documentName("rollup")
                .variable("filter", Map.of("unitIds", List.of(SeedUnit.SHUANGPAI.id()), "years", List.of(2024)))
                .variable("level", "ITEM").execute();
        response.path("rollup").entityList(Object.class).hasSize(0);
        var dazhu = graphQl.documentName("rollup")
                .variable("filter", Map.of("unitIds", List.of(SeedUnit.DAZHU.id()), "years", List.of(2023)))
                .variable("level", "ITEM").variable("groupBy", List.of("UNIT")).execute();
        amounts(dazhu, "rollup[*].amount", "6743800.00");
        dazhu.path("rollup[0].lineCount").entity(Integer.class).isEqualTo(10);
        dazhu.path("rollup[0].note").valueIsNull();
    }

    @Test
    void compareReturnsTheUnionOfSubjectsWithNullForMissingSides() {
        var yanchi = SeedUnit.YANCHI.id();
        var wutongqiao = SeedUnit.WUTONGQIAO.id();
        var response = graphQl.documentName("compare")
                .variable("left", Map.of("unitIds", List.of(yanchi), "years", List.of(2024)))
                .variable("right", Map.of("unitIds", List.of(wutongqiao), "years", List.of(2024)))
                .variable("level", "CLASS").execute();
        response.path("compare[0]").matchesJson("""
                {"subject": {"code": "208", "name": "社会保障和就业支出"},
                 "left": 12615180.13, "right": 8076800.00, "delta": -4538380.13}
                """);
        var dazhuVsYanchi = graphQl.documentName("compare")
                .variable("left", Map.of("regionCodes", List.of("511724"), "years", List.of(2023)))
                .variable("right", Map.of("unitIds", List.of(yanchi), "years", List.of(2024)))
                .variable("level", "CLASS").execute();
        dazhuVsYanchi.path("compare[?(@.subject.code == '206')]").matchesJson("""
                [{"subject": {"code": "206", "name": "科学技术支出"}, "left": 44700.00, "right": null, "delta": null,
                  "pctChange": null}]
                """);
    }

    @Test
    void checksFindTheRoundingCasesOfTheSourceDocuments() {
        var wutongqiao = graphQl.documentName("reportChecks")
                .variable("unitId", SeedUnit.WUTONGQIAO.id()).variable("year", 2024).execute();
        wutongqiao.path("report.checks[?(@.rule == 'CLASSES_EQUAL_TOTAL')]").matchesJson("""
                [{"rule": "CLASSES_EQUAL_TOTAL", "subject": null, "expected": 8489000.00, "actual": 8489100.00,
                  "difference": 100.00, "severity": "INFO"}]
                """);
        var dazhu = graphQl.documentName("reportChecks")
                .variable("unitId", SeedUnit.DAZHU.id()).variable("year", 2023).execute();
        dazhu.path("report.checks[?(@.subject.code == '208')]").matchesJson("""
                [{"rule": "PARENT_EQUALS_CHILDREN", "subject": {"code": "208"}, "expected": 6070800.00,
                  "actual": 6070900.00, "difference": 100.00, "severity": "INFO"}]
                """);
        dazhu.path("report.checks[?(@.subject.code == '208')].message").entityList(String.class)
                .satisfies(messages -> assertThat(messages.getFirst()).contains("6 stated 项 lines").contains("rounding"));
    }

    @Test
    void aConsistentReportHasNoWarningsOrErrors() {
        graphQl.documentName("reportChecks")
                .variable("unitId", SeedUnit.YANCHI.id()).variable("year", 2024).execute()
                .path("report.checks[?(@.severity != 'INFO')]").entityList(Object.class).hasSize(0);
    }

    @Test
    void contradictionsBeyondRoundingAreErrors() {
        // 双牌县's 基础数据表 states 2024 基本支出 275.3 万元 and 项目支出 8.57 万元 against a total of 275.3 万元
        graphQl.documentName("reportChecks")
                .variable("unitId", SeedUnit.SHUANGPAI.id()).variable("year", 2024).execute()
                .path("report.checks[?(@.rule == 'BASIC_PLUS_PROJECT')].severity").entityList(String.class)
                .contains("ERROR");
    }

    @Test
    void aRequestCostsAConstantNumberOfStatementsWhateverItsRows() {
        statementsAndRows("CLASS");
        var fewer = statementsAndRows("SECTION");
        var more = statementsAndRows("ITEM");
        assertThat(more.get(1)).as("rows").isGreaterThan(fewer.get(1) + 10);
        // rollup and unit: one statement each, however many rows; subjects, their parents and the regions come from
        // the copies of the classification and the regions held in memory (read by the first request)
        assertThat(more.getFirst()).as("statements").isEqualTo(fewer.getFirst()).isEqualTo(2);
    }

    private List<Integer> statementsAndRows(String level) {
        try (var counter = CypherStatementCounter.start()) {
            var rows = graphQl.documentName("rollup").variable("filter", Map.of("years", List.of(2023, 2024)))
                    .variable("level", level).variable("groupBy", List.of("SUBJECT", "UNIT", "REGION", "YEAR")).execute()
                    .path("rollup").entityList(Object.class).get().size();
            return List.of(counter.count(), rows);
        }
    }

    @Test
    void badInputIsNamed() {
        graphQl.documentName("rollup").variable("filter", Map.of("unitIds", List.of("640323-ffffffff")))
                .variable("level", "CLASS").execute()
                .errors().satisfy(errors -> {
                    assertThat(errors.getFirst().getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
                    assertThat(errors.getFirst().getMessage()).contains("640323-ffffffff");
                });
        graphQl.documentName("rollup").variable("filter", Map.of("regionCodes", List.of("519999")))
                .variable("level", "CLASS").execute()
                .errors().satisfy(errors -> assertThat(errors.getFirst().getMessage()).contains("519999"));
        graphQl.documentName("rollup").variable("filter", Map.of("scheme", "ECONOMIC_DEPT"))
                .variable("level", "ITEM").execute()
                .errors().satisfy(errors -> assertThat(errors.getFirst().getMessage())
                        .contains("ITEM").contains("ECONOMIC_DEPT"));
        graphQl.documentName("rollup").variable("filter", Map.of("years", List.of(1999)))
                .variable("level", "CLASS").execute()
                .path("rollup").entityList(Object.class).hasSize(0);
    }


    private static void amounts(GraphQlTester.Response response, String path, String... expected) {
        response.path(path).entityList(BigDecimal.class)
                .containsExactly(java.util.Arrays.stream(expected).map(BigDecimal::new).toArray(BigDecimal[]::new));
    }

    /** Report.perStaff and rollup.perStaff are one computation: 攀枝花 divides its stated 1,482.05 万元 by 58. */
    @Test
    void perStaffIsOneFigureEverywhere() {
        var panzhihua = SeedUnit.PANZHIHUA.id();
        graphQl.documentName("reportPerStaff").variable("unitId", panzhihua).variable("year", 2024).execute()
                .path("report.perStaff").entity(BigDecimal.class).isEqualTo(new BigDecimal("255525.86"));
        var rollup = graphQl.documentName("rollupTop")
                .variable("filter", Map.of("unitIds", List.of(panzhihua), "years", List.of(2024)))
                .variable("level", "CLASS").variable("groupBy", List.of("UNIT")).execute();
        rollup.path("rollup[0].perStaff").entity(BigDecimal.class).isEqualTo(new BigDecimal("255525.86"));
        rollup.path("rollup[0].perStaffNote").entity(String.class).satisfies(note -> assertThat(note)
                .contains("14,820,500.00").contains("14,820,600.00").contains("58"));
    }

    @Test
    void perStaffByAuthorizedPostsWhereOnlyTheyAreStated() {
        var yanchi = SeedUnit.YANCHI.id();
        var report = graphQl.documentName("reportPerStaff").variable("unitId", yanchi).variable("year", 2024)
                .variable("basis", "AUTHORIZED").variable("under", "2080109").execute();
        // 1,801,947.97 / 12 编制
        report.path("report.perStaff").entity(BigDecimal.class).isEqualTo(new BigDecimal("150162.33"));
        graphQl.documentName("reportPerStaff").variable("unitId", yanchi).variable("year", 2024).execute()
                .path("report.perStaffNote").entity(String.class).satisfies(note -> assertThat(note)
                        .contains("实有在编人数").contains("编制数").contains("12"));
        graphQl.documentName("rollupTop")
                .variable("filter", Map.of("unitIds", List.of(yanchi), "years", List.of(2024)))
                .variable("level", "ITEM").variable("under", "2080109").variable("groupBy", List.of("UNIT"))
                .variable("basis", "AUTHORIZED").execute()
                .path("rollup[0].perStaff").entity(BigDecimal.class).isEqualTo(new BigDecimal("150162.33"));
    }

    @Test
    void executionRateIsTheStatedOneWhereStated() {
        // 五通桥: "完成预算 100%"; its lines' budgets sum to 848.91 万元 against 848.9 spent
        graphQl.documentName("reportPerStaff").variable("unitId", SeedUnit.WUTONGQIAO.id()).variable("year", 2024)
                .execute().path("report.executionRate").entity(Double.class).isEqualTo(1.0);
    }

    @Test
    void aRegionRollupListsTheUnitsThatContributedNothing() {
        var filter = Map.<String, Object>of("regionCodes", List.of("43", "51"), "years", List.of(2024));
        var gaps = graphQl.documentName("rollupGaps").variable("filter", filter).variable("under", "2080109").execute();
        gaps.path("rollupGaps[?(@.unit.name == '双牌县社会保险服务中心')]").matchesJson("""
                [{"year": 2024, "reason": "NO_LINES"}]
                """);
        gaps.path("rollupGaps[?(@.unit.name == '大竹县社会保险事业管理局')]").matchesJson("""
                [{"year": 2024, "reason": "NO_REPORT"}]
                """);
        gaps.path("rollupGaps[*].unit.name").entityList(String.class)
                .doesNotContain("五通桥区社会保险事务中心", "攀枝花市社会保险事务中心");
    }

    @Test
    void topNByAmountSaysWhichFundScopeEachRowSummed() {
        var response = graphQl.documentName("rollupTop")
                .variable("filter", Map.of("years", List.of(2024))).variable("level", "ITEM").variable("under", "2080109")
                .variable("groupBy", List.of("REGION")).variable("orderBy", "AMOUNT_DESC").variable("first", 2).execute();
        response.path("rollup[*].region.code").entityList(String.class).containsExactly("511112", "640323");
        response.path("rollup[0].funds").entityList(String.class).containsExactly("GENERAL_PUBLIC_BUDGET");
        response.path("rollup[1].funds").entityList(String.class).containsExactly("ALL");
    }

    @Test
    void comparisonsAreOrderedAndCut() {
        var response = graphQl.documentName("compareTop")
                .variable("left", Map.of("unitIds", List.of(SeedUnit.YANCHI.id()), "years", List.of(2024)))
                .variable("right", Map.of("unitIds", List.of(SeedUnit.WUTONGQIAO.id()), "years", List.of(2024)))
                .variable("level", "CLASS").variable("orderBy", "DELTA_ASC").variable("first", 1).execute();
        // 208: 8,076,800.00 − 12,615,180.13
        response.path("compare[*].subject.code").entityList(String.class).containsExactly("208");
        response.path("compare[0].delta").entity(BigDecimal.class).isEqualTo(new BigDecimal("-4538380.13"));
        graphQl.documentName("compareTop")
                .variable("left", Map.of("unitIds", List.of(SeedUnit.YANCHI.id())))
                .variable("right", Map.of("unitIds", List.of(SeedUnit.WUTONGQIAO.id())))
                .variable("level", "CLASS").variable("first", 2001).execute()
                .errors().expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST && e.getMessage().contains("2001")).verify();
    }

    @Test
    void gapsOfUnknownUnitsAreNamed() {
        graphQl.documentName("rollupGaps").variable("filter", Map.of("unitIds", List.of("51-nope"))).execute()
                .errors().expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST && e.getMessage().contains("51-nope"))
                .verify();
    }
}
