package org.kemu.importing;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kemu.support.KemuIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

@KemuIntegrationTest
class SeedLoaderIT {

    @Autowired
    SeedLoader seedLoader;

    @Autowired
    Neo4jClient neo4j;

    @Test
    void loadingTheSeedAgainChangesNothing() {
        var before = graphSize();
        seedLoader.load(true);
        seedLoader.load(false);
        assertThat(graphSize()).isEqualTo(before);
    }

    @Test
    void seedHoldsTheFiveDocumentsAsNineReports() {
        var reports = neo4j.query("MATCH (r:Report) RETURN count(r) AS n").fetchAs(Long.class)
                .mappedBy((types, row) -> row.get("n").asLong()).one().orElseThrow();
        var documents = neo4j.query("MATCH (r:Report) RETURN count(DISTINCT r.sourceDocument) AS n").fetchAs(Long.class)
                .mappedBy((types, row) -> row.get("n").asLong()).one().orElseThrow();
        assertThat(reports).isEqualTo(9);
        assertThat(documents).isEqualTo(5);
    }

    private Map<String, Long> graphSize() {
        var nodes = neo4j.query("MATCH (n) RETURN count(n) AS n").fetchAs(Long.class)
                .mappedBy((types, row) -> row.get("n").asLong()).one().orElseThrow();
        var relationships = neo4j.query("MATCH ()-[r]->() RETURN count(r) AS n").fetchAs(Long.class)
                .mappedBy((types, row) -> row.get("n").asLong()).one().orElseThrow();
        return Map.of("nodes", nodes, "relationships", relationships);
    }
}
