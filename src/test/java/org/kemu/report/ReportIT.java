package org.kemu.report;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.kemu.support.CypherStatementCounter;
import org.kemu.support.KemuIntegrationTest;
import org.kemu.support.SeedUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Figures of the five source documents, read back over HTTP GraphQL with their provenance. */
@KemuIntegrationTest
class ReportIT {


    @Autowired
    GraphQlTester graphQl;

    @Test
    void yanchi2024SocialInsuranceAgencyLineHasAllMeasures() {
        var response = unitReport(SeedUnit.YANCHI.unitName(), 2024, "2080109");
        response.path("units.totalCount").entity(Integer.class).isEqualTo(1);
        response.path("units.edges[0].node.region.code").entity(String.class).isEqualTo("640323");
        response.path("units.edges[0].node.supervisor.name").entity(String.class).isEqualTo("盐池县人力资源和社会保障局");
        var line = "units.edges[0].node.reports[0].lines[0]";
        response.path(line + ".subject.code").entity(String.class).isEqualTo("2080109");
        response.path(line + ".fund").entity(String.class).isEqualTo("ALL");
        amount(response, line + ".total", "1801947.97");
        amount(response, line + ".basic", "1678227.97");
        amount(response, line + ".project", "123720.00");
        response.path(line + ".source.document").entity(String.class).isEqualTo("001_b6243eb5bb848ade.txt");
        response.path(line + ".source.unit").entity(String.class).isEqualTo("YUAN");
        amount(response, "units.edges[0].node.reports[0].total", "12984142.90");
    }

    @Test
    void yanchiGeneralPublicBudgetLinesCarryInitialBudgets() {
        var response = graphQl.documentName("unitReport").variable("search", SeedUnit.YANCHI.unitName()).variable("year", 2024)
                .variable("under", "2080109").variable("fund", "GENERAL_PUBLIC_BUDGET").execute();
        var line = "units.edges[0].node.reports[0].lines[0]";
        response.path(line + ".fund").entity(String.class).isEqualTo("GENERAL_PUBLIC_BUDGET");
        amount(response, line + ".total", "1801947.97");
        response.path(line + ".budgetInitial").hasValue();
    }

    @Test
    void wutongqiaoFiguresStatedInWanYuanConvertExactly() {
        var response = unitReport(SeedUnit.WUTONGQIAO.unitName(), 2024, "2080109");
        var report = "units.edges[0].node.reports[0]";
        response.path(report + ".amountUnit").entity(String.class).isEqualTo("WAN_YUAN");
        amount(response, report + ".lines[0].total", "7360900.00");
        amount(response, report + ".lines[0].wan", "736.09");
        amount(response, report + ".lines[0].budgetAdjusted", "7360900.00");
        response.path(report + ".lines[0].source.unit").entity(String.class).isEqualTo("WAN_YUAN");
        amount(response, report + ".total", "8489000.00");
        amount(response, report + ".totalWan", "848.90");
        amount(response, report + ".basic", "4485400.00");
    }

    @Test
    void panzhihuaLinesAreResolvedFromNamesToCodes() {
        var response = unitReport(SeedUnit.PANZHIHUA.unitName(), 2024, "20801");
        var lines = "units.edges[0].node.reports[0].lines";
        response.path(lines + "[*].subject.code").entityList(String.class)
                .containsExactly("2080101", "2080109", "2080199");
        amount(response, lines + "[0].total", "9225700.00");
        amount(response, lines + "[1].total", "1399700.00");
        response.path(lines + "[0].source.document").entity(String.class).isEqualTo("002_595e8d6e8c1c786c.txt");
    }

    @Test
    void dazhu2023HasItsTenItemLines() {
        var response = graphQl.documentName("unitReport").variable("search", SeedUnit.DAZHU.unitName()).variable("year", 2023).execute();
        var report = "units.edges[0].node.reports[0]";
        response.path(report + ".lines[?(@.level == 'ITEM')].subject.code").entityList(String.class).hasSize(10);
        response.path(report + ".lines[?(@.subject.code == '2080109')].total").entityList(BigDecimal.class)
                .satisfies(values -> assertThat(values.getFirst()).isEqualByComparingTo("5771200.00"));
        amount(response, report + ".total", "6743700.00");
    }

    @Test
    void reportDetailsCoverThreePublicProjectsStaffAndEconomicLines() {
        var wutongqiao = SeedUnit.WUTONGQIAO.id();
        var response = graphQl.documentName("reportDetails").variable("unitId", wutongqiao).variable("year", 2024).execute();
        response.path("report.threePublic[?(@.item == 'RECEPTION')].batches").entityList(Integer.class).containsExactly(6);
        response.path("report.threePublic[?(@.item == 'RECEPTION')].people").entityList(Integer.class).containsExactly(50);
        response.path("report.threePublic[?(@.item == 'RECEPTION')].details[*].amount").entityList(BigDecimal.class)
                .satisfies(amounts -> assertThat(amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                        .isEqualByComparingTo("5000.00"));
        response.path("report.projects[*].code").entityList(String.class).hasSize(7).contains("51111222T000000332562");
        response.path("report.projects[0].executedWan").entity(BigDecimal.class)
                .satisfies(v -> assertThat(v).isEqualByComparingTo("37.46"));
        response.path("report.projects[0].indicators").entityList(Object.class).hasSize(8);
        response.path("report.divisions").entityList(String.class).hasSize(8).contains("办公室");
        response.path("report.figures[0].amount").entity(BigDecimal.class)
                .satisfies(v -> assertThat(v).isEqualByComparingTo("540900.00"));

        var yanchi = SeedUnit.YANCHI.id();
        var yanchiReport = graphQl.documentName("reportDetails").variable("unitId", yanchi).variable("year", 2024).execute();
        yanchiReport.path("report.threePublic[?(@.item == 'VEHICLE_OPERATION')].actual").entityList(BigDecimal.class)
                .satisfies(v -> assertThat(v.getFirst()).isEqualByComparingTo("7635.90"));
        yanchiReport.path("report.economic[?(@.subject.code == '30101')].total").entityList(BigDecimal.class)
                .satisfies(v -> assertThat(v.getFirst()).isEqualByComparingTo("529659.00"));
        yanchiReport.path("report.projects").entityList(Object.class).hasSize(5);
        yanchiReport.path("report.unit.staff.authorized").entity(Integer.class).isEqualTo(12);
    }

    @Test
    void shuangpaiStaffAndDerivedReportsArePresent() {
        var shuangpai = SeedUnit.SHUANGPAI.id();
        graphQl.documentName("reportDetails").variable("unitId", shuangpai).variable("year", 2024)
                .variable("kind", "PERFORMANCE").execute()
                .path("report.staff").matchesJson("""
                        {"authorized": 25, "actual": 21}
                        """)
                .path("report.projects[*].scope").entityList(String.class).contains("DEPARTMENT", "PROJECT");
        graphQl.documentName("reportDetails").variable("unitId", shuangpai).variable("year", 2023).execute()
                .path("report.threePublic").entityList(Object.class).hasSizeGreaterThan(0);
    }

    @Test
    void missingReportIsNullButUnknownUnitIsAnError() {
        graphQl.documentName("reportDetails").variable("unitId", SeedUnit.YANCHI.id()).variable("year", 2019).execute()
                .path("report").valueIsNull();
        graphQl.documentName("reportDetails").variable("unitId", "000000-nothing").variable("year", 2024).execute()
                .errors().satisfy(errors -> {
                    assertThat(errors.getFirst().getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
                    assertThat(errors.getFirst().getMessage()).contains("000000-nothing");
                });
        graphQl.documentName("unitById").variable("id", "640323-ffffffff").execute()
                .errors().satisfy(errors -> assertThat(errors.getFirst().getMessage()).contains("640323-ffffffff"));
    }
    @Test
    void aReportWithItsLinesIsReadInOneStatement() {
        var unitId = SeedUnit.YANCHI.id();
        try (var counter = CypherStatementCounter.start()) {
            var response = graphQl.documentName("reportLines").variable("unitId", unitId).variable("year", 2024).execute();
            response.path("report.year").entity(Integer.class).isEqualTo(2024);
            response.path("report.lines[?(@.subject.code == '2080109')].amount").entityList(BigDecimal.class)
                    .containsExactly(new BigDecimal("1801947.97"));
            response.path("report.lines[?(@.subject.code == '2080109')].subject.name").entityList(String.class)
                    .containsExactly("社会保险经办机构");
            assertThat(counter.count()).as("statements").isEqualTo(1);
        }
    }

    private GraphQlTester.Response unitReport(String unitName, int year, String under) {
        return graphQl.documentName("unitReport").variable("search", unitName).variable("year", year)
                .variable("under", under).execute();
    }


    private static void amount(GraphQlTester.Response response, String path, String expected) {
        response.path(path).entity(BigDecimal.class).isEqualTo(new BigDecimal(expected));
    }
}
