package org.kemu.importing;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Constraints and indexes of the graph, created at startup when missing, and those of earlier versions that nothing
 * uses any more dropped. The names present are read first, so a restart costs one statement instead of one schema
 * transaction per index; the missing ones are created in one.
 */
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
            "CREATE TEXT INDEX definition_search IF NOT EXISTS FOR (d:Definition) ON (d.searchText)",
            "CREATE TEXT INDEX term_search IF NOT EXISTS FOR (t:Term) ON (t.searchName)",
            "CREATE CONSTRAINT seed_state IF NOT EXISTS FOR (s:SeedState) REQUIRE s.name IS UNIQUE",
            "CREATE CONSTRAINT data_version IF NOT EXISTS FOR (v:DataVersion) REQUIRE v.name IS UNIQUE",
            "CREATE CONSTRAINT revision_content IF NOT EXISTS FOR (c:RevisionContent) REQUIRE c.sha256 IS UNIQUE",
            "CREATE INDEX revision_report IF NOT EXISTS FOR (v:ReportRevision) ON (v.reportId)",
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
            "CREATE INDEX line_unit IF NOT EXISTS FOR (l:Line) ON (l.unitId)",
            "CREATE INDEX class_total_year_kind_scheme IF NOT EXISTS FOR (t:ClassTotal) ON (t.year, t.kind, t.scheme)",
            "CREATE INDEX class_total_unit IF NOT EXISTS FOR (t:ClassTotal) ON (t.unitId)",
            "CREATE CONSTRAINT region_total_identity IF NOT EXISTS FOR (t:RegionTotal)"
                    + " REQUIRE (t.scope, t.year, t.kind, t.scheme, t.fund, t.primary, t.level, t.code) IS UNIQUE",
            "CREATE INDEX region_total_scope IF NOT EXISTS FOR (t:RegionTotal) ON (t.scope, t.level, t.kind, t.scheme)");

    /**
     * Indexes an earlier version created that no query seeks any more: lines and class totals are reached from their
     * reports, and by region through the reports' own region index. Dropped where found, since each costs a write per
     * line imported and a pass at a bulk load's first start.
     */
    private static final List<String> RETIRED = List.of(
            "DROP INDEX line_report IF EXISTS",
            "DROP INDEX line_region IF EXISTS",
            "DROP INDEX class_total_region IF EXISTS");

    private static final Logger log = LoggerFactory.getLogger(GraphSchema.class);
    private static final Pattern NAME = Pattern.compile("^(?:CREATE (?:TEXT )?(?:CONSTRAINT|INDEX)|DROP INDEX) (\\w+) IF");

    private final Neo4jClient neo4j;
    private final TransactionTemplate transactions;

    GraphSchema(Neo4jClient neo4j, TransactionTemplate transactions) {
        this.neo4j = neo4j;
        this.transactions = transactions;
    }

    void apply() {
        createMissing();
        // made here, alone: imports lock it with MATCH … SET, never MERGE (see ReportWriter.lockReportWrites)
        neo4j.query("MERGE (:DataVersion {name: 'reports'})").run();
    }

    private void createMissing() {
        var present = new HashSet<>(neo4j.query("SHOW INDEXES YIELD name RETURN name")
                .fetchAs(String.class).mappedBy((types, row) -> row.get("name").asString()).all());
        dropRetired(present);
        var missing = STATEMENTS.stream().filter(statement -> !present.contains(name(statement))).toList();
        if (missing.isEmpty()) {
            return;
        }
        log.info("Creating {} of {} indexes and constraints", missing.size(), STATEMENTS.size());
        var began = System.nanoTime();
        // one transaction: Neo4j then fills them all in one pass over the data a bulk load left, not one pass each
        transactions.executeWithoutResult(status -> missing.forEach(statement -> neo4j.query(statement).run()));
        neo4j.query("CALL db.awaitIndexes(300)").run();
        log.info("Created and filled {} indexes and constraints in {} ms", missing.size(),
                (System.nanoTime() - began) / 1_000_000);
    }

    private void dropRetired(Set<String> present) {
        var found = RETIRED.stream().filter(statement -> present.contains(name(statement))).toList();
        if (found.isEmpty()) {
            return;
        }
        log.info("Dropping {} indexes no query uses any more: {}", found.size(),
                String.join(", ", found.stream().map(GraphSchema::name).toList()));
        found.forEach(statement -> neo4j.query(statement).run());
    }

    private static String name(String statement) {
        var matcher = NAME.matcher(statement);
        if (!matcher.find()) {
            throw new IllegalStateException("schema statement without a name: " + statement);
        }
        return matcher.group(1);
    }
}
