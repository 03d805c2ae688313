package org.kemu.classification;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kemu.support.CypherStatementCounter;
import org.kemu.support.KemuIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

@KemuIntegrationTest
class ClassificationIT {

    @Autowired
    GraphQlTester graphQl;

    @Autowired
    Neo4jClient neo4j;

    @Test
    void navigatesFromClassToItemAndBack() {
        graphQl.documentName("subjectTree").execute()
                .path("socialSecurity").matchesJson("""
                        {"code": "208", "name": "社会保障和就业支出", "level": "CLASS", "parent": null}
                        """)
                .path("section.name").entity(String.class).isEqualTo("人力资源和社会保障管理事务")
                .path("section.children[*].code").entityList(String.class)
                .contains("2080101", "2080102", "2080109", "2080199")
                .path("item").matchesJson("""
                        {
                          "code": "2080109",
                          "name": "社会保险经办机构",
                          "level": "ITEM",
                          "path": "社会保障和就业支出 / 人力资源和社会保障管理事务 / 社会保险经办机构",
                          "parent": {"code": "20801", "name": "人力资源和社会保障管理事务",
                                     "parent": {"code": "208", "name": "社会保障和就业支出"}},
                          "ancestors": [{"code": "208"}, {"code": "20801"}]
                        }
                        """)
                .path("basicSalary").matchesJson("""
                        {"name": "基本工资", "level": "SECTION", "parent": {"code": "301", "name": "工资福利支出"}}
                        """)
                .path("govSalary.parent.code").entity(String.class).isEqualTo("501")
                .path("unknown").valueIsNull();
    }

    @Test
    void keepsFormerNamesWithTheirYears() {
        graphQl.documentName("subjectTree").execute()
                .path("renamed").matchesJson("""
                        {"name": "行政事业单位养老支出",
                         "formerNames": [{"name": "行政事业单位离退休", "fromYear": 2007, "toYear": 2019}]}
                        """);
    }

    @Test
    void aHugeDescendantDepthMeansAllOfThem() {
        var all = graphQl.documentName("subjectDescendants").variable("code", "208").execute()
                .path("subject.descendants[*].code").entityList(String.class).get();
        graphQl.documentName("subjectDescendants").variable("code", "208").variable("depth", 1073741823).execute()
                .path("subject.descendants[*].code").entityList(String.class).isEqualTo(all);
    }

    /** The tree is read from the copy in memory: no statement, and the subjects the graph holds below the code. */
    @Test
    void descendantsAreTheGraphsAndCostNoStatement() {
        graphQl.documentName("subjectDescendants").variable("code", "20801").execute();
        for (var code : List.of("208", "20801", "210", "2080109")) {
            var inGraph = neo4j.query("""
                            MATCH (s:Subject {scheme: 'FUNCTION'}) WHERE s.code STARTS WITH $code AND s.code <> $code
                            RETURN s.code AS code ORDER BY code
                            """).bind(code).to("code")
                    .fetchAs(String.class).mappedBy((types, row) -> row.get("code").asString()).all();
            try (var statements = CypherStatementCounter.start()) {
                graphQl.documentName("subjectDescendants").variable("code", code).execute()
                        .path("subject.descendants[*].code").entityList(String.class).isEqualTo(List.copyOf(inGraph));
                assertThat(statements.count()).as(code).isZero();
            }
        }
    }

    @Test
    void descendantsCanBeLimitedInDepth() {
        var all = graphQl.documentName("subjectDescendants").variable("code", "208").execute()
                .path("subject.descendants[*].level").entityList(String.class).get();
        assertThat(all).contains("SECTION", "ITEM");
        graphQl.documentName("subjectDescendants").variable("code", "208").variable("depth", 1).execute()
                .path("subject.descendants[*].level").entityList(String.class)
                .satisfies(levels -> assertThat(levels).isNotEmpty().containsOnly("SECTION"));
    }

    @Test
    void pagesThroughSubjectsWithCursors() {
        var first = graphQl.documentName("subjectPage").variable("search", "20801").variable("first", 3).execute();
        first.path("subjects.edges[*].node.code").entityList(String.class).containsExactly("20801", "2080101", "2080102");
        first.path("subjects.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
        var cursor = first.path("subjects.pageInfo.endCursor").entity(String.class).get();
        graphQl.documentName("subjectPage").variable("search", "20801").variable("first", 3).variable("after", cursor)
                .execute()
                .path("subjects.edges[0].node.code").entity(String.class).isEqualTo("2080103")
                .path("subjects.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true);
    }

    @Test
    void searchesNamesAndLevels() {
        graphQl.documentName("subjectPage").variable("search", "社会保险经办机构").variable("level", "ITEM").execute()
                .path("subjects.edges[*].node.code").entityList(String.class).contains("2080109");
    }

    @Test
    void malformedCodeIsAnErrorNamingIt() {
        graphQl.documentName("badSubject").variable("code", "20801X").execute()
                .errors().satisfy(errors -> {
                    assertThat(errors).hasSize(1);
                    assertThat(errors.getFirst().getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
                    assertThat(errors.getFirst().getMessage()).contains("\"20801X\"").contains("3, 5 or 7 digits");
                });
    }

    @Test
    void oversizedPageIsRefused() {
        graphQl.documentName("subjectPage").variable("first", 501).execute()
                .errors().satisfy(errors -> assertThat(errors.getFirst().getMessage()).contains("between 0 and 500"));
    }
}
