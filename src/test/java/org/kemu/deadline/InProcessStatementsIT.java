package org.kemu.deadline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kemu.config.EmbeddedNeo4j;
import org.kemu.support.KemuIntegrationTest;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * A query's statements run in the embedded database's own process, and what they return reads exactly as over Bolt:
 * every kind of value Neo4j returns, compared record by record with the same statement sent over Bolt.
 */
@KemuIntegrationTest
class InProcessStatementsIT {

    private static final String EVERY_KIND = """
            MATCH path = (a:InProcessProbe {name: 'a'})-[r:PROBED {weight: 2.5}]->(b:InProcessProbe)
            RETURN a, r, path, b.name AS name, b.tags AS tags, b.flags AS flags, b.bytes AS bytes, b.day AS day,
                   b.at AS at, b.place AS place, duration('P1Y2M3DT4H5M6.007S') AS span, null AS nothing,
                   [a.name, 7, 1.5, true, [b.name]] AS list, {code: '2080109', amountFen: 1234567, nested: {b: b}} AS map,
                   $texts AS texts, $count AS count
            """;
    private static final Map<String, Object> PARAMETERS = Map.of("texts", List.of("社会保险", "经办"), "count", 3L);

    @Autowired
    Neo4jClient neo4j;

    @Autowired
    Neo4jConnectionDetails database;

    @Autowired
    ObjectProvider<EmbeddedNeo4j> embedded;

    private Driver boltDriver;

    @AfterEach
    void removeTheProbes() {
        neo4j.query("MATCH (p:InProcessProbe) DETACH DELETE p").run();
        if (boltDriver != null) {
            boltDriver.close();
        }
    }

    @Test
    void theApplicationsQueriesRunInTheEmbeddedDatabasesProcess() {
        assumeThat(embedded.getIfAvailable()).as("the tests run against an external database").isNotNull();
        var summary = QueryReads.run(Duration.ofSeconds(10), () -> neo4j.query("RETURN 1 AS one").run());
        assertThat(summary.server().address()).isEqualTo("in-process");
        assertThat(summary.database().name()).isEqualTo("neo4j");
    }

    @Test
    void everyKindOfValueReadsAsOverBolt() {
        neo4j.query("""
                CREATE (a:InProcessProbe {name: 'a'})-[:PROBED {weight: 2.5}]->(:InProcessProbe:Second {name: '社保中心',
                        tags: ['208', '20801'], flags: [true, false], bytes: $bytes, day: date('2024-12-31'),
                        at: datetime('2024-06-01T08:30:00+08:00'), place: point({longitude: 116.4, latitude: 39.9})})
                """).bind(new byte[] {1, 2, 3}).to("bytes").run();

        boltDriver = new QueryStatementsDriver(GraphDatabase.driver(database.getUri(), database.getAuthToken()), null);
        var overBolt = QueryReads.run(Duration.ofSeconds(10),
                () -> Neo4jClient.create(boltDriver).query(EVERY_KIND).bindAll(PARAMETERS).fetchAs(Record.class).mappedBy((types, record) -> record).all());
        var inProcess = QueryReads.run(Duration.ofSeconds(10),
                () -> neo4j.query(EVERY_KIND).bindAll(PARAMETERS).fetchAs(Record.class).mappedBy((types, record) -> record).all());

        assertThat(overBolt).hasSize(1);
        assertThat(described(inProcess.iterator().next())).isEqualTo(described(overBolt.iterator().next()));
        assertThat(described(overBolt.iterator().next())).containsEntry("name", "STRING 社保中心")
                .containsEntry("count", "INTEGER 3");
    }

    /** A record as plain data, with nodes and relationships by element id, labels or type, and properties. */
    private static Map<String, Object> described(Record record) {
        var described = new TreeMap<String, Object>();
        for (var key : record.keys()) {
            described.put(key, plain(record.get(key)));
        }
        return described;
    }

    private static Object plain(Value value) {
        var type = value.type().name();
        if (type.startsWith("LIST")) {
            return value.asList(InProcessStatementsIT::plain);
        }
        return switch (type) {
            case "NODE" -> described(value.asNode());
            case "RELATIONSHIP" -> described(value.asRelationship());
            case "PATH" -> described(value.asPath());
            case "MAP" -> new TreeMap<>(value.asMap(InProcessStatementsIT::plain));
            case "BYTES" -> type + " " + Arrays.toString(value.asByteArray());
            default -> type + " " + value.asObject();
        };
    }

    private static Object described(Node node) {
        return List.of("node", node.elementId(), node.id(), new TreeMap<>(node.asMap(InProcessStatementsIT::plain)),
                sorted(node.labels()));
    }

    private static Object described(Relationship relationship) {
        return List.of("relationship", relationship.elementId(), relationship.type(), relationship.startNodeElementId(),
                relationship.endNodeElementId(), new TreeMap<>(relationship.asMap(InProcessStatementsIT::plain)));
    }

    private static Object described(Path path) {
        var parts = new ArrayList<Object>();
        for (var segment : path) {
            parts.add(List.of(described(segment.start()), described(segment.relationship()), described(segment.end())));
        }
        return parts;
    }

    private static List<String> sorted(Iterable<String> labels) {
        var sorted = new ArrayList<String>();
        labels.forEach(sorted::add);
        sorted.sort(null);
        return sorted;
    }
}
