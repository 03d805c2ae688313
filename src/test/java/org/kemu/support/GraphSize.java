package org.kemu.support;

import org.springframework.data.neo4j.core.Neo4jClient;

/** How many nodes and relationships the database holds: equal sizes before and after show a write changed nothing. */
public record GraphSize(long nodes, long relationships) {

    public static GraphSize of(Neo4jClient neo4j) {
        return new GraphSize(count(neo4j, "MATCH (n) RETURN count(n) AS n"), count(neo4j, "MATCH ()-[r]->() RETURN count(r) AS n"));
    }

    private static long count(Neo4jClient neo4j, String cypher) {
        return neo4j.query(cypher).fetchAs(Long.class).mappedBy((types, row) -> row.get("n").asLong()).one().orElseThrow();
    }
}
