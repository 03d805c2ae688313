package org.kemu.importing;

import java.util.List;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/** Constraints and indexes of the graph, created idempotently at startup. */
@Component
class GraphSchema {

    private static final List<String> STATEMENTS = List.of(
            "CREATE CONSTRAINT subject_key IF NOT EXISTS FOR (s:Subject) REQUIRE (s.scheme, s.code) IS UNIQUE",
            "CREATE CONSTRAINT region_code IF NOT EXISTS FOR (r:Region) REQUIRE r.code IS UNIQUE",
            "CREATE CONSTRAINT unit_id IF NOT EXISTS FOR (u:Unit) REQUIRE u.id IS UNIQUE",
            "CREATE CONSTRAINT report_id IF NOT EXISTS FOR (r:Report) REQUIRE r.id IS UNIQUE",
            "CREATE CONSTRAINT term_key IF NOT EXISTS FOR (t:Term) REQUIRE t.key IS UNIQUE",
            "CREATE INDEX definition_report IF NOT EXISTS FOR (d:Definition) ON (d.reportId)",
            "CREATE INDEX definition_term IF NOT EXISTS FOR (d:Definition) ON (d.termKey)",
            "CREATE CONSTRAINT seed_state IF NOT EXISTS FOR (s:SeedState) REQUIRE s.name IS UNIQUE",
            "CREATE INDEX subject_code IF NOT EXISTS FOR (s:Subject) ON (s.code)",
            "CREATE TEXT INDEX subject_name IF NOT EXISTS FOR (s:Subject) ON (s.name)",
            "CREATE TEXT INDEX region_name IF NOT EXISTS FOR (r:Region) ON (r.name)",
            "CREATE INDEX region_level IF NOT EXISTS FOR (r:Region) ON (r.level)",
            "CREATE TEXT INDEX unit_name IF NOT EXISTS FOR (u:Unit) ON (u.name)",
            "CREATE INDEX unit_region IF NOT EXISTS FOR (u:Unit) ON (u.regionCode)",
            "CREATE INDEX report_year_kind IF NOT EXISTS FOR (r:Report) ON (r.year, r.kind)",
            "CREATE INDEX report_unit IF NOT EXISTS FOR (r:Report) ON (r.unitId)",
            "CREATE INDEX report_region IF NOT EXISTS FOR (r:Report) ON (r.regionCode)",
            "CREATE INDEX line_year_kind_scheme IF NOT EXISTS FOR (l:Line) ON (l.year, l.kind, l.scheme)",
            "CREATE INDEX line_report IF NOT EXISTS FOR (l:Line) ON (l.reportId)",
            "CREATE INDEX line_unit IF NOT EXISTS FOR (l:Line) ON (l.unitId)",
            "CREATE INDEX line_region IF NOT EXISTS FOR (l:Line) ON (l.regionCode)",
            "CREATE INDEX class_total_year_kind_scheme IF NOT EXISTS FOR (t:ClassTotal) ON (t.year, t.kind, t.scheme)",
            "CREATE INDEX class_total_unit IF NOT EXISTS FOR (t:ClassTotal) ON (t.unitId)",
            "CREATE INDEX class_total_region IF NOT EXISTS FOR (t:ClassTotal) ON (t.regionCode)");

    private final Neo4jClient neo4j;

    GraphSchema(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    void apply() {
        for (var statement : STATEMENTS) {
            neo4j.query(statement).run();
        }
        neo4j.query("CALL db.awaitIndexes(300)").run();
    }
}
