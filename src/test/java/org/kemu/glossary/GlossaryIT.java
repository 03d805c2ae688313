package org.kemu.glossary;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.kemu.support.CypherStatementCounter;
import org.kemu.support.KemuIntegrationTest;
import org.kemu.support.SeedUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

@KemuIntegrationTest
class GlossaryIT {

    @Autowired
    GraphQlTester graphQl;

    @Test
    void threePublicExpensesGroupTheWordingsOfThreeReports() {
        var response = graphQl.documentName("term").variable("name", "“三公”经费").execute();
        response.path("term.name").entity(String.class).isEqualTo("三公经费");
        response.path("term.definitions[*].report.unit.name").entityList(String.class)
                .contains("五通桥区社会保险事务中心", "盐池县社会保险事业管理中心", "大竹县社会保险事业管理局");
        response.path("term.definitions[*].number").entityList(String.class).contains("30", "十二", "22");
        response.path("term.variants").entity(Integer.class).satisfies(v -> assertThat(v).isGreaterThanOrEqualTo(2));
        graphQl.documentName("term").variable("name", "\"三公\"经费").execute()
                .path("term.name").entity(String.class).isEqualTo("三公经费");
    }

    @Test
    void subjectEntriesLinkToTheirSubjectWhetherNamedOrCoded() {
        var response = graphQl.documentName("subjectGlossary").variable("code", "2080109").execute();
        response.path("subject.glossary[*].text").entityList(String.class)
                .satisfies(texts -> assertThat(texts).hasSize(2)
                        .allSatisfy(t -> assertThat(t).contains("反映社会保险经办机构开展业务工作的支出")));
        response.path("subject.glossary[*].report.unit.name").entityList(String.class)
                .contains("五通桥区社会保险事务中心", "大竹县社会保险事业管理局");
        response.path("subject.glossary[*].statedTerm").entityList(String.class)
                .contains("社会保障和就业支出（类）人力资源和社会保障管理事务（款）社会保险经办机构（项）",
                        "社会保障和就业（208）人力资源和社会保障管理事务（01）社会保险经办机构（09）");
        graphQl.documentName("term").variable("name", "社会保障和就业（208）人力资源和社会保障管理事务（01）社会保险经办机构（09）")
                .execute().path("term.subject.code").entity(String.class).isEqualTo("2080109");
    }

    @Test
    void searchIgnoresMarkupAndRanksExactTermsFirst() {
        graphQl.documentName("glossarySearch").variable("search", "公积金").execute()
                .path("glossary.edges[*].node.term.name").entityList(String.class)
                .satisfies(names -> assertThat(names).isNotEmpty().containsOnly("住房公积金"));
        graphQl.documentName("glossarySearch").variable("search", "三公").execute()
                .path("glossary.edges[0].node.term.name").entity(String.class).isEqualTo("三公经费");
        graphQl.documentName("glossarySearch").variable("search", "社会保险经办机构(项)").execute()
                .path("glossary.edges[*].node.term.subject.code").entityList(String.class).contains("2080109");
        graphQl.documentName("glossarySearch").variable("search", "基本支出").execute()
                .path("glossary.edges[0].node.statedTerm").entity(String.class).isEqualTo("基本支出");
    }

    /**
     * A page that shows its definitions' terms reads them in the search's own statement (subjects come from the
     * classification in memory), and they are the terms the term query gives.
     */
    @Test
    void aSearchPageReadsItsTermsInItsOwnStatement() {
        try (var counter = CypherStatementCounter.start()) {
            var response = graphQl.documentName("glossaryTerms").variable("search", "三公").execute();
            response.path("glossary.edges[0].node.term.name").entity(String.class).isEqualTo("三公经费");
            var variants = response.path("glossary.edges[0].node.term.variants").entity(Integer.class).get();
            assertThat(counter.count()).as("statements").isEqualTo(1);
            graphQl.documentName("term").variable("name", "三公经费").execute()
                    .path("term.variants").entity(Integer.class).isEqualTo(variants);
        }
        graphQl.documentName("glossaryTerms").variable("search", "社会保险经办机构").execute()
                .path("glossary.edges[*].node.term.subject.code").entityList(String.class).contains("2080109");
    }

    @Test
    void pagesThroughResultsWithCursors() {
        var first = graphQl.documentName("glossarySearch").variable("search", "收入").variable("first", 2).execute();
        first.path("glossary.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
        var total = first.path("glossary.totalCount").entity(Integer.class).get();
        var seen = new java.util.ArrayList<String>();
        String after = null;
        for (int page = 0; page < 20; page++) {
            var response = graphQl.documentName("glossarySearch").variable("search", "收入").variable("first", 2)
                    .variable("after", after).execute();
            seen.addAll(response.path("glossary.edges[*].cursor").entityList(String.class).get());
            if (!response.path("glossary.pageInfo.hasNextPage").entity(Boolean.class).get()) {
                break;
            }
            after = response.path("glossary.pageInfo.endCursor").entity(String.class).get();
        }
        assertThat(seen).hasSize(total).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @CsvSource({"WUTONGQIAO, 2024, 21, 8", "YANCHI, 2024, 13, 0", "DAZHU, 2023, 23, 10"})
    void everyEntryOfEveryReportIsPresent(SeedUnit unit, int year, int entries, int subjectEntries) {
        var unitId = unit.id();
        var response = graphQl.documentName("reportGlossary").variable("unitId", unitId).variable("year", year).execute();
        response.path("report.glossary").entityList(Object.class).hasSize(entries);
        response.path("report.glossary[*].position").entityList(Integer.class)
                .satisfies(positions -> assertThat(positions).isSorted());
        response.path("report.glossary[*].term.subject.code").entityList(String.class).hasSize(subjectEntries);
        graphQl.documentName("glossarySearch").variable("unitId", unitId).variable("year", year).variable("first", 100)
                .execute().path("glossary.totalCount").entity(Integer.class).isEqualTo(entries);
    }

    @Test
    void filtersBySubjectCode() {
        graphQl.documentName("glossarySearch").variable("subjectCode", "2210201").execute()
                .path("glossary.edges[*].node.report.unit.name").entityList(String.class)
                .satisfies(units -> assertThat(units).containsExactlyInAnyOrder("五通桥区社会保险事务中心", "大竹县社会保险事业管理局"));
        var codes = List.of("2080501", "2101101");
        for (var code : codes) {
            graphQl.documentName("glossarySearch").variable("subjectCode", code).execute()
                    .path("glossary.totalCount").entity(Integer.class).satisfies(n -> assertThat(n).isPositive());
        }
    }
}
