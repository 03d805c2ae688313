package org.kemu.series;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.kemu.support.KemuIntegrationTest;
import org.kemu.support.SeedUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Years side by side from the prior-year figures and stated changes of the seed documents. */
@KemuIntegrationTest
class SeriesIT {

    @Autowired
    GraphQlTester graphQl;

    @Test
    void dazhu2022To2023TotalsWithTheStatedChangeAndReason() {
        var response = graphQl.documentName("unitSeries").variable("id", SeedUnit.DAZHU.id())
                .variable("key", "EXPENDITURE_GRAND_TOTAL").execute();
        response.path("unit.series.points[*].year").entityList(Integer.class).containsExactly(2022, 2023);
        response.path("unit.series.points[0]").matchesJson("""
                {"year": 2022, "amount": 119514300.00, "delta": null, "report": {"year": 2023, "kind": "FINAL_ACCOUNT"},
                 "source": {"document": "003_21ee677c448051c8.txt", "table": "图1 收、支决算总计变动情况图（图表数据）"}}
                """);
        response.path("unit.series.points[1]").matchesJson("""
                {"year": 2023, "amount": 6743700.00, "previousYear": 2022, "delta": -112770600.00,
                 "statedChange": -112770600.00, "reason": "2023年减少项目支出11300万元"}
                """);
        response.path("unit.series.points[1].pctChange").entity(Double.class)
                .satisfies(pct -> assertThat(pct).isCloseTo(-0.9436, org.assertj.core.data.Offset.offset(0.00005)));
    }

    @Test
    void shuangpai2023FinalAccountTo2024() {
        var response = graphQl.documentName("unitSeries").variable("id", SeedUnit.SHUANGPAI.id())
                .variable("key", "EXPENDITURE_BASIC").execute();
        response.path("unit.series.points[*].amount").entityList(BigDecimal.class)
                .satisfies(a -> assertThat(a).usingElementComparator(BigDecimal::compareTo)
                        .containsExactly(new BigDecimal("2517200.00"), new BigDecimal("2753000.00")));
        response.path("unit.series.points[1].delta").entity(BigDecimal.class)
                .satisfies(d -> assertThat(d).isEqualByComparingTo("235800.00"));
        response.path("unit.series.points[*].report.year").entityList(Integer.class).containsExactly(2023, 2024);
        graphQl.documentName("unitSeries").variable("id", SeedUnit.SHUANGPAI.id()).variable("key", "EXPENDITURE_PROJECT")
                .variable("years", java.util.List.of(2024)).execute()
                .path("unit.series.points[0]").matchesJson("""
                        {"year": 2024, "amount": 85700.00, "previousYear": 2023, "delta": -4000.00}
                        """);
    }

    @Test
    void aSubjectSeriesSumsTheLinesUnderIt() {
        graphQl.documentName("unitSeries").variable("id", SeedUnit.DAZHU.id()).variable("subject", "2080109").execute()
                .path("unit.series").matchesJson("""
                        {"key": null, "subject": {"code": "2080109"},
                         "points": [{"year": 2023, "amount": 5771200.00, "delta": null}]}
                        """);
    }
}
