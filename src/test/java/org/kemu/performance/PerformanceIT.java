package org.kemu.performance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kemu.support.KemuIntegrationTest;
import org.kemu.support.SeedUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Projects and indicators of the seed documents, found across reports, with the scores the documents print. */
@KemuIntegrationTest
class PerformanceIT {

    @Autowired
    GraphQlTester graphQl;

    private GraphQlTester.Response projects(Map<String, Object> filter) {
        return graphQl.documentName("projects").variable("filter", filter).variable("first", 50).execute();
    }

    @Test
    void everyProjectIsFoundWhateverKindOfReportCarriesIt() {
        projects(Map.of()).path("projects.totalCount").entity(Integer.class).isEqualTo(25);
        projects(Map.of("kinds", List.of("PERFORMANCE"))).path("projects.totalCount").entity(Integer.class).isEqualTo(6);
        projects(Map.of("regionCodes", List.of("51"), "scope", "DEPARTMENT"))
                .path("projects.edges[*].node.unit.name").entityList(String.class)
                .satisfies(names -> assertThat(names)
                        .containsExactlyInAnyOrder("攀枝花市社会保险事务中心", "大竹县社会保险事业管理局"));
        projects(Map.of("search", "森工")).path("projects.totalCount").entity(Integer.class).isEqualTo(3);
    }

    @Test
    void wutongqiaoPrintsItsIndicatorPartAsNinetyOfNinetyAndAnExecutionPartOfTen() {
        var response = projects(Map.of("unitIds", List.of(SeedUnit.WUTONGQIAO.id())));
        response.path("projects.totalCount").entity(Integer.class).isEqualTo(7);
        response.path("projects.edges[*].node.indicatorScore").entityList(BigDecimal.class)
                .satisfies(scores -> assertThat(scores).hasSize(7).allSatisfy(s -> assertThat(s).isEqualByComparingTo("90")));
        response.path("projects.edges[*].node.indicatorMaxScore").entityList(BigDecimal.class)
                .satisfies(scores -> assertThat(scores).hasSize(7).allSatisfy(s -> assertThat(s).isEqualByComparingTo("90")));
        response.path("projects.edges[*].node.executionMaxScore").entityList(BigDecimal.class)
                .satisfies(scores -> assertThat(scores).hasSize(7).allSatisfy(s -> assertThat(s).isEqualByComparingTo("10")));
        response.path("projects.edges[*].node.executionRate").entityList(String.class)
                .satisfies(rates -> assertThat(rates).hasSize(7).containsOnly("100.00%"));
        // the 总额 row prints one value under 权重/得分, and no total is printed: nothing is made up
        response.path("projects.edges[0].node.executionScore").valueIsNull();
        response.path("projects.edges[0].node.score").valueIsNull();
        response.path("projects.edges[0].node.scoreBasis").valueIsNull();
    }

    @Test
    void yanchisExecutionSubScoresAreQueryable() {
        var response = projects(Map.of("unitIds", List.of(SeedUnit.YANCHI.id())));
        response.path("projects.edges[*].node.executionScore").entityList(BigDecimal.class)
                .satisfies(scores -> assertThat(scores).usingElementComparator(BigDecimal::compareTo)
                        .containsExactly(new BigDecimal("9.8"), new BigDecimal("9.37"), new BigDecimal("7.4"),
                                new BigDecimal("8.75"), new BigDecimal("9.9")));
        response.path("projects.edges[0].node.score").entity(BigDecimal.class)
                .satisfies(s -> assertThat(s).isEqualByComparingTo("99.6"));
        response.path("projects.edges[0].node.scoreBasis").entity(String.class).isEqualTo("STATED");
        response.path("projects.edges[0].node.executionRatio").entity(Double.class).isEqualTo(0.979);
    }

    @Test
    void missedButScoredFullIsOneFilter() {
        var response = graphQl.documentName("projects")
                .variable("filter", Map.of("missed", true, "scoredFull", true))
                .variable("met", false).variable("scoredFull", true).execute();
        response.path("projects.edges[*].node.name").entityList(String.class)
                .contains("社保公共服务能力建设", "老机保个人账户退款", "网络年租");
        var training = "projects.edges[?(@.node.name == '社保公共服务能力建设')].node.indicators[0]";
        response.path(training).matchesJson("""
                [{"name": "经办人员培训次数", "target": "≥10人/年", "actual": "6", "weight": 60, "score": 60,
                  "met": false, "scoredFull": true,
                  "targetValue": {"comparator": "AT_LEAST", "value": 10, "unit": "人/年"},
                  "actualValue": {"comparator": null, "value": 6, "unit": null}}]
                """);
        response.path("projects.edges[?(@.node.name == '社保公共服务能力建设')].node.score").entityList(BigDecimal.class)
                .satisfies(s -> assertThat(s.getFirst()).isEqualByComparingTo("97"));
    }

    @Test
    void qualitativeTargetsAreNotDecided() {
        var response = graphQl.documentName("projects")
                .variable("filter", Map.of("unitIds", List.of(SeedUnit.DAZHU.id()), "scope", "DEPARTMENT")).execute();
        var indicators = "projects.edges[0].node.indicators";
        response.path(indicators + "[?(@.name == '档案数字化页数')].met").entityList(Boolean.class).containsExactly(false);
        response.path(indicators + "[?(@.name == '运转保障率')].met").entityList(Boolean.class).containsExactly(false);
        response.path(indicators + "[?(@.name == '群众满意度')].met").entityList(Object.class).containsExactly((Object) null);
        response.path(indicators + "[?(@.name == '退休费按时发放')].met").entityList(Object.class).containsExactly((Object) null);
    }

    @Test
    void aFinalAccountAndItsSelfEvaluationLeadToEachOther() {
        var response = projects(Map.of("unitIds", List.of(SeedUnit.PANZHIHUA.id())));
        response.path("projects.edges[0].node.report.kind").entity(String.class).isEqualTo("PERFORMANCE");
        response.path("projects.edges[0].node.report.related[*].kind").entityList(String.class)
                .containsExactly("FINAL_ACCOUNT");
    }

    @Test
    void pagesFollowTheChosenOrder() {
        var first = graphQl.documentName("projects").variable("orderBy", "SCORE_DESC").variable("first", 2).execute();
        first.path("projects.totalCount").entity(Integer.class).isEqualTo(25);
        first.path("projects.edges[*].node.score").entityList(BigDecimal.class)
                .satisfies(s -> assertThat(s).usingElementComparator(BigDecimal::compareTo)
                        .containsExactly(new BigDecimal("100"), new BigDecimal("99.81")));
        var cursor = first.path("projects.pageInfo.endCursor").entity(String.class).get();
        graphQl.documentName("projects").variable("orderBy", "SCORE_DESC").variable("first", 1).variable("after", cursor)
                .execute().path("projects.edges[0].node.score").entity(BigDecimal.class)
                .satisfies(s -> assertThat(s).isEqualByComparingTo("99.6"));
        graphQl.documentName("projects").variable("filter", Map.of("minScore", 99.0)).execute()
                .path("projects.totalCount").entity(Integer.class).isEqualTo(4);
    }

    @Test
    void unknownUnitsAreNamed() {
        graphQl.documentName("projects").variable("filter", Map.of("unitIds", List.of("51-nope"))).execute()
                .errors().expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST && e.getMessage().contains("51-nope"))
                .verify();
    }
}
