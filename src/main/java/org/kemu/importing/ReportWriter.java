package org.kemu.importing;

import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/**
 * Writes one prepared report into the graph. Each collection is one UNWIND statement; the caller runs all of them
 * in one transaction.
 */
@Repository
class ReportWriter {

    private final Neo4jClient neo4j;

    ReportWriter(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /** The checksum of the stored report with this id, or null when there is none. */
    String storedChecksum(String reportId) {
        return neo4j.query("MATCH (r:Report {id: $id}) RETURN r.checksum AS checksum")
                .bind(reportId).to("id")
                .fetchAs(String.class).mappedBy((types, row) -> row.get("checksum").asString(null))
                .one().orElse(null);
    }

    void upsertUnit(Map<String, Object> unit) {
        neo4j.query("""
                        MATCH (g:Region {code: $unit.regionCode})
                        MERGE (u:Unit {id: $unit.id})
                        SET u.name = $unit.name, u.regionCode = $unit.regionCode,
                            u.type = coalesce($unit.type, u.type)
                        MERGE (u)-[:LOCATED_IN]->(g)
                        WITH u, g WHERE $unit.supervisorId IS NOT NULL
                        MERGE (s:Unit {id: $unit.supervisorId})
                        ON CREATE SET s.name = $unit.supervisor, s.regionCode = $unit.regionCode
                        MERGE (s)-[:LOCATED_IN]->(g)
                        MERGE (u)-[:SUPERVISED_BY]->(s)
                        """)
                .bind(unit).to("unit").run();
    }

    /** Removes a report and everything that hangs off it (lines, figures, projects …). */
    void deleteReport(String reportId) {
        neo4j.query("""
                        MATCH (r:Report {id: $id})
                        OPTIONAL MATCH (r)-[:HAS_LINE|HAS_FIGURE|HAS_THREE_PUBLIC|HAS_COUNT|HAS_DEFINITION|HAS_PROJECT]->(part)
                        OPTIONAL MATCH (part)-[:HAS_DETAIL|HAS_FUND|HAS_INDICATOR]->(leaf)
                        DETACH DELETE leaf, part, r
                        """)
                .bind(reportId).to("id").run();
        neo4j.query("MATCH (t:Term) WHERE NOT EXISTS { (t)<-[:DEFINES]-() } DETACH DELETE t").run();
    }

    void createReport(Map<String, Object> report) {
        neo4j.query("""
                        MATCH (u:Unit {id: $report.unitId})
                        CREATE (r:Report)
                        SET r = $report
                        CREATE (u)-[:PUBLISHED]->(r)
                        """)
                .bind(report).to("report").run();
    }

    void createLines(String reportId, List<Map<String, Object>> lines) {
        neo4j.query("""
                        MATCH (r:Report {id: $id})
                        UNWIND $lines AS line
                        MATCH (s:Subject {scheme: line.scheme, code: line.code})
                        CREATE (r)-[:HAS_LINE]->(l:Line)-[:OF_SUBJECT]->(s)
                        SET l = line
                        """)
                .bind(reportId).to("id").bind(lines).to("lines").run();
    }

    void createFigures(String reportId, List<Map<String, Object>> figures) {
        neo4j.query("""
                        MATCH (r:Report {id: $id})
                        UNWIND $rows AS row
                        CREATE (r)-[:HAS_FIGURE]->(n:Figure)
                        SET n = row
                        """)
                .bind(reportId).to("id").bind(figures).to("rows").run();
    }

    void createCounts(String reportId, List<Map<String, Object>> counts) {
        neo4j.query("""
                        MATCH (r:Report {id: $id})
                        UNWIND $rows AS row
                        CREATE (r)-[:HAS_COUNT]->(n:Count)
                        SET n = row
                        """)
                .bind(reportId).to("id").bind(counts).to("rows").run();
    }

    /** Definitions, each linked to its canonical term (created on first use) and the term to its subject. */
    void createDefinitions(String reportId, List<Map<String, Object>> definitions) {
        neo4j.query("""
                        MATCH (r:Report {id: $id})
                        UNWIND $rows AS row
                        CREATE (r)-[:HAS_DEFINITION]->(d:Definition)
                        SET d = row.props
                        MERGE (t:Term {key: row.termKey})
                        ON CREATE SET t.name = row.termName, t.searchName = row.termSearchName,
                                      t.subjectScheme = row.subjectScheme, t.subjectCode = row.subjectCode
                        CREATE (d)-[:DEFINES]->(t)
                        WITH t, row WHERE row.subjectCode IS NOT NULL
                        MATCH (s:Subject {scheme: row.subjectScheme, code: row.subjectCode})
                        MERGE (t)-[:ABOUT]->(s)
                        """)
                .bind(reportId).to("id").bind(definitions).to("rows").run();
    }

    void createThreePublic(String reportId, List<Map<String, Object>> items) {
        neo4j.query("""
                        MATCH (r:Report {id: $id})
                        UNWIND $items AS item
                        CREATE (r)-[:HAS_THREE_PUBLIC]->(t:ThreePublic)
                        SET t = item.props
                        WITH t, item
                        UNWIND item.details AS detail
                        CREATE (t)-[:HAS_DETAIL]->(d:ThreePublicDetail)
                        SET d = detail
                        """)
                .bind(reportId).to("id").bind(items).to("items").run();
    }

    void createProjects(String reportId, List<Map<String, Object>> projects) {
        neo4j.query("""
                        MATCH (r:Report {id: $id})
                        UNWIND $projects AS project
                        CREATE (r)-[:HAS_PROJECT]->(p:Project)
                        SET p = project.props
                        WITH p, project
                        CALL (p, project) {
                            UNWIND project.funds AS fund
                            CREATE (p)-[:HAS_FUND]->(f:ProjectFund)
                            SET f = fund
                        }
                        CALL (p, project) {
                            UNWIND project.indicators AS indicator
                            CREATE (p)-[:HAS_INDICATOR]->(i:Indicator)
                            SET i = indicator
                        }
                        """)
                .bind(reportId).to("id").bind(projects).to("projects").run();
    }
}
