package org.kemu.region;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kemu.support.CypherStatementCounter;
import org.kemu.support.KemuIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

@KemuIntegrationTest
class RegionIT {

    @Autowired
    GraphQlTester graphQl;

    @Autowired
    Neo4jClient neo4j;

    @Test
    void holdsTheNationalTreeKeyedByCode() {
        var response = graphQl.documentName("regions").execute();
        response.path("provinces[*].code").entityList(String.class).hasSize(31);
        response.path("sichuan.code").entity(String.class).isEqualTo("51");
        response.path("sichuan.level").entity(String.class).isEqualTo("province");
        response.path("sichuan.children[*].name").entityList(String.class).contains("乐山市", "攀枝花市", "达州市");
        response.path("sichuan.units[*].name").entityList(String.class)
                .contains("五通桥区社会保险事务中心", "攀枝花市社会保险事务中心", "大竹县社会保险事业管理局")
                .doesNotContain("盐池县社会保险事业管理中心");
        response.path("county").matchesJson("""
                {"name": "五通桥区", "level": "county", "path": "四川省 / 乐山市 / 五通桥区",
                 "parent": {"code": "5111", "name": "乐山市", "parent": {"code": "51", "name": "四川省"}}}
                """);
        response.path("putuo[*].code").entityList(String.class)
                .satisfies(codes -> assertThat(codes).contains("310107", "330903"));
    }

    /** Regions by code are read from the copy in memory: no statement, and what the graph holds. */
    @Test
    void aRegionByCodeIsTheGraphsAndCostsNoStatement() {
        graphQl.documentName("regionByCode").variable("code", "51").execute();
        for (var code : List.of("51", "5111", "511112", "640323")) {
            var inGraph = neo4j.query("""
                            MATCH (r:Region {code: $code})-[:PARENT]->(p:Region)
                            RETURN r {.code, .name, .level, .path, parent: p {.code, .name}} AS region
                            UNION
                            MATCH (r:Region {code: $code}) WHERE NOT (r)-[:PARENT]->()
                            RETURN r {.code, .name, .level, .path, parent: null} AS region
                            """).bind(code).to("code")
                    .fetchAs(Map.class).mappedBy((types, row) -> row.get("region").asMap()).one().orElseThrow();
            try (var statements = CypherStatementCounter.start()) {
                graphQl.documentName("regionByCode").variable("code", code).execute()
                        .path("region").entity(Map.class).isEqualTo(inGraph);
                assertThat(statements.count()).as(code).isZero();
            }
        }
    }
}
