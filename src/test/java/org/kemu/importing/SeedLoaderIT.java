package org.kemu.importing;

import org.junit.jupiter.api.Test;
import org.kemu.support.GraphSize;
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
        var before = GraphSize.of(neo4j);
        seedLoader.load(true);
        seedLoader.load(false);
        assertThat(GraphSize.of(neo4j)).isEqualTo(before);
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

}
