package org.kemu.importing;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import java.util.stream.Collectors;

import org.kemu.report.Measure;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/**
 * Writes prepared reports into the graph. Every method takes the rows of many reports and is one UNWIND
 * statement (split into chunks for very large batches), so a batch costs a handful of statements however many
 * reports and lines it holds. The caller runs them in one transaction.
 */
@Repository
class ReportWriter {

    private static final int CHUNK = 20_000;

    /**
     * The end of a statement that has the revisions to remove as {@code old}: deletes them, then those of their
     * contents that no remaining revision points at (a content shared with a kept revision stays).
     */
    private static final String DELETE_OLD_REVISIONS = """
            OPTIONAL MATCH (old)-[:HAS_PART]->(c:RevisionContent)
            WITH collect(DISTINCT old) AS revisions, collect(DISTINCT c) AS contents
            FOREACH (v IN revisions | DETACH DELETE v)
            WITH contents
            UNWIND contents AS c
            WITH c WHERE NOT EXISTS { (c)<-[:HAS_PART]-() }
            DELETE c
            """;

    /**
     * {@link #changeRegionTotals}: the measures' properties are named in the statement, which lets Neo4j plan
     * the updates without the eager steps that properties named at run time need (twice as fast).
     */
    private static final String CHANGE_REGION_TOTALS = """
            UNWIND $rows AS row
            MERGE (t:RegionTotal {scope: row.scope, year: row.year, kind: row.kind, scheme: row.scheme, fund: row.fund,
                                  primary: row.primary, level: row.level, code: row.code})
            WITH t, row, coalesce(t.lines, 0) + row.lines AS lines, %s
            SET t.lines = lines, %s
            WITH t WHERE t.lines = 0
            DELETE t
            """.formatted(
            Arrays.stream(Measure.values()).map(m -> "coalesce(t.%1$sLines, 0) + row.%1$sLines AS %1$sLines"
                    .formatted(m.property())).collect(Collectors.joining(", ")),
            Arrays.stream(Measure.values()).map(m -> """
                    t.%1$sLines = CASE WHEN %1$sLines = 0 THEN null ELSE %1$sLines END, \
                    t.%1$s = CASE WHEN %1$sLines = 0 THEN null ELSE coalesce(t.%1$s, 0) + row.%1$s END"""
                    .formatted(m.property())).collect(Collectors.joining(", ")));

    private final Neo4jClient neo4j;

    ReportWriter(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /**
     * Takes the lock that every import and purge takes first in its transaction, so that writes of reports run one
     * after the other and each sees what the one before it committed (a second import of the same correction finds
     * it stored and is UNCHANGED; two different corrections each keep the other's version as a revision). A real
     * write, so that Neo4j holds the node's lock to the end of the transaction.
     */
    void lockReportWrites() {
        var locked = neo4j.query("MATCH (v:DataVersion {name: 'reports'}) SET v.writes = coalesce(v.writes, 0) + 1 RETURN count(v) AS n")
                .fetchAs(Long.class).mappedBy((types, row) -> row.get("n").asLong()).one().orElse(0L);
        if (locked == 0) {
            // only before the schema's start-up write made the node; MERGE would take a shared lock first and let
            // two imports deadlock upgrading it, so it is not the everyday path
            neo4j.query("MERGE (v:DataVersion {name: 'reports'}) SET v.writes = coalesce(v.writes, 0) + 1").run();
        }
    }

    /**
     * The data version node as a first load leaves it, written by the bulk load instead of the statements above:
     * one write that changed the reports, with the region totals of the given build.
     */
    static Map<String, Object> dataVersionAfterFirstLoad(String regionTotalsModel) {
        return Map.of("name", "reports", "writes", 1L, "version", 1L, "regionTotalsModel", regionTotalsModel);
    }

    /**
     * Counts one more change to the reports, in the caller's transaction: HTTP caches key on this number, and it
     * lives in the database so that every instance serving the same data sees the same version.
     */
    void bumpDataVersion() {
        neo4j.query("MATCH (v:DataVersion {name: 'reports'}) SET v.version = coalesce(v.version, 0) + 1").run();
    }

    /**
     * A stored report as a re-import sees it: its checksum, how many lines it has, and when it was imported (which,
     * with the checksum, tells whose write it was when a commit's outcome must be read back).
     */
    record StoredReport(String checksum, long lines, String importedAt) {
    }

    /** The stored reports among the ids. */
    Map<String, StoredReport> storedReports(Collection<String> reportIds) {
        var result = new java.util.HashMap<String, StoredReport>();
        neo4j.query("""
                        MATCH (r:Report) WHERE r.id IN $ids
                        RETURN r.id AS id, r.checksum AS checksum, COUNT { (r)-[:HAS_LINE]->() } AS lines,
                               r.importedAt AS importedAt
                        """)
                .bind(List.copyOf(reportIds)).to("ids")
                .fetch().all()
                .forEach(row -> result.put((String) row.get("id"), new StoredReport((String) row.get("checksum"),
                        ((Number) row.get("lines")).longValue(), (String) row.get("importedAt"))));
        return result;
    }

    void upsertUnits(List<Map<String, Object>> units) {
        run("""
                UNWIND $rows AS unit
                MATCH (g:Region {code: unit.regionCode})
                MERGE (u:Unit {id: unit.id})
                SET u.name = unit.name, u.regionCode = unit.regionCode, u.type = coalesce(unit.type, u.type)
                MERGE (u)-[:LOCATED_IN]->(g)
                WITH u, g, unit WHERE unit.supervisorId IS NOT NULL
                MERGE (s:Unit {id: unit.supervisorId})
                ON CREATE SET s.name = unit.supervisor, s.regionCode = unit.regionCode
                MERGE (s)-[:LOCATED_IN]->(g)
                MERGE (u)-[:SUPERVISED_BY]->(s)
                """, units);
    }

    /**
     * Keeps the replaced version of each report: the revision node with its times and checksum, pointing at the
     * contents of its document's fields, each stored once by its SHA-256 (see {@link RevisionContents}).
     */
    void createRevisions(List<Map<String, Object>> revisions) {
        run("""
                UNWIND $rows AS row
                CREATE (v:ReportRevision {reportId: row.reportId, replacedAt: row.replacedAt,
                                          importedAt: row.importedAt, checksum: row.checksum})
                WITH v, row
                UNWIND row.parts AS part
                MERGE (c:RevisionContent {sha256: part.sha256})
                ON CREATE SET c.json = part.json
                CREATE (v)-[:HAS_PART {field: part.field, position: part.position}]->(c)
                """, revisions);
    }

    /** The ids of the reports published by units of the regions, or of every report when the regions are null. */
    List<String> reportIdsOfUnits(List<String> regionCodes) {
        return List.copyOf(neo4j.query("""
                        MATCH (u:Unit)-[:PUBLISHED]->(r:Report)
                        WHERE $regionCodes IS NULL OR u.regionCode IN $regionCodes
                        RETURN r.id AS id
                        """)
                .bind(regionCodes).to("regionCodes")
                .fetchAs(String.class).mappedBy((types, row) -> row.get("id").asString())
                .all());
    }

    /** Removes every revision of the reports, and the contents no other revision shares. */
    void deleteRevisions(Collection<String> reportIds) {
        neo4j.query("""
                        MATCH (old:ReportRevision) WHERE old.reportId IN $ids
                        """ + DELETE_OLD_REVISIONS)
                .bind(List.copyOf(reportIds)).to("ids").run();
    }

    /** Removes the units of the regions (every unit when null); their reports must be deleted first. */
    void deleteUnits(List<String> regionCodes) {
        neo4j.query("MATCH (u:Unit) WHERE $regionCodes IS NULL OR u.regionCode IN $regionCodes DETACH DELETE u")
                .bind(regionCodes).to("regionCodes").run();
    }

    /** Removes all but the newest {@code keep} revisions of each report, and the contents only they pointed at. */
    void pruneRevisions(Collection<String> reportIds, int keep) {
        neo4j.query("""
                        MATCH (v:ReportRevision) WHERE v.reportId IN $ids
                        WITH v ORDER BY v.replacedAt DESC
                        WITH v.reportId AS reportId, collect(v) AS newestFirst
                        UNWIND newestFirst[$keep..] AS old
                        """ + DELETE_OLD_REVISIONS)
                .bind(List.copyOf(reportIds)).to("ids").bind(keep).to("keep").run();
    }

    /**
     * Removes reports and all their parts, then terms no definition uses any more. This is the one statement that
     * knows every part a report has: a new part's relationship goes here.
     */
    void deleteReports(Collection<String> reportIds) {
        if (reportIds.isEmpty()) {
            return;
        }
        changeRegionTotals(new RegionTotals().add(finestLines(reportIds), -1));
        neo4j.query("""
                        MATCH (r:Report) WHERE r.id IN $ids
                        OPTIONAL MATCH (r)-[:HAS_LINE|HAS_CLASS_TOTAL|HAS_FIGURE|HAS_THREE_PUBLIC|HAS_COUNT|HAS_DEFINITION|HAS_PROJECT]->(part)
                        OPTIONAL MATCH (part)-[:HAS_DETAIL|HAS_FUND|HAS_INDICATOR]->(leaf)
                        DETACH DELETE leaf, part, r
                        """)
                .bind(List.copyOf(reportIds)).to("ids").run();
        neo4j.query("MATCH (t:Term) WHERE NOT EXISTS { (t)<-[:DEFINES]-() } DETACH DELETE t").run();
    }

    void createReports(List<Map<String, Object>> reports) {
        run("""
                UNWIND $rows AS report
                MATCH (u:Unit {id: report.unitId})
                CREATE (r:Report)
                SET r = report
                CREATE (u)-[:PUBLISHED]->(r)
                """, reports);
    }

    void createLines(List<Map<String, Object>> lines) {
        run("""
                UNWIND $rows AS line
                MATCH (r:Report {id: line.reportId})
                MATCH (s:Subject {scheme: line.scheme, code: line.code})
                CREATE (r)-[:HAS_LINE]->(l:Line)-[:OF_SUBJECT]->(s)
                SET l = line
                """, lines);
    }

    /** The per-report 类 sums national roll-ups read instead of lines (see {@link ClassTotals}). */
    void createClassTotals(List<Map<String, Object>> totals) {
        run("""
                UNWIND $rows AS total
                MATCH (r:Report {id: total.reportId})
                CREATE (r)-[:HAS_CLASS_TOTAL]->(t:ClassTotal)
                SET t = total
                """, totals);
    }

    /**
     * Adds each row's amounts to its region total, created when missing. A measure left with no lines is removed
     * from it and a total left with no lines is deleted, so that taking lines away leaves what was there before
     * they came (see {@link RegionTotals}).
     */
    void changeRegionTotals(RegionTotals totals) {
        run(CHANGE_REGION_TOTALS, totals.rows());
    }

    /** The finest lines of the reports, with the properties region totals are computed from. */
    List<Map<String, Object>> finestLines(Collection<String> reportIds) {
        var names = RegionTotals.LINE_PROPERTIES;
        return neo4j.query("""
                        MATCH (r:Report)-[:HAS_LINE]->(l:Line) WHERE r.id IN $ids AND l.finest
                        RETURN [name IN $names | l[name]] AS values
                        """)
                .bind(List.copyOf(reportIds)).to("ids").bind(names).to("names")
                .fetch().all().stream().map(row -> {
                    var values = (List<?>) row.get("values");
                    var line = new HashMap<String, Object>();
                    for (int i = 0; i < names.size(); i++) {
                        line.put(names.get(i), values.get(i));
                    }
                    return (Map<String, Object>) line;
                }).toList();
    }

    /** Which build of the region totals the database holds, and how far a build in progress has come. */
    record RegionTotalsState(String model, String builtUpTo) {
    }

    RegionTotalsState regionTotalsState() {
        return neo4j.query("""
                        MATCH (v:DataVersion {name: 'reports'})
                        RETURN v.regionTotalsModel AS model, v.regionTotalsBuiltUpTo AS builtUpTo
                        """)
                .fetchAs(RegionTotalsState.class).mappedBy((types, row) ->
                        new RegionTotalsState(row.get("model").asString(null), row.get("builtUpTo").asString(null)))
                .one().orElse(new RegionTotalsState(null, null));
    }

    /** Records a build's progress: the model once it is complete (and no cursor), else the last report added. */
    void recordRegionTotals(String model, String builtUpTo) {
        neo4j.query("""
                        MATCH (v:DataVersion {name: 'reports'})
                        SET v.regionTotalsModel = $model, v.regionTotalsBuiltUpTo = $builtUpTo
                        """)
                .bind(model).to("model").bind(builtUpTo).to("builtUpTo").run();
    }

    /** The next report ids in id order after {@code after}, at most {@code count}. */
    List<String> reportIdsAfter(String after, int count) {
        return List.copyOf(neo4j.query("MATCH (r:Report) WHERE r.id > $after RETURN r.id AS id ORDER BY id LIMIT $count")
                .bind(after).to("after").bind(count).to("count")
                .fetchAs(String.class).mappedBy((types, row) -> row.get("id").asString()).all());
    }

    /** Removes every region total, before they are built again from the lines. Returns how many went. */
    long deleteRegionTotals(int atMost) {
        return neo4j.query("MATCH (t:RegionTotal) WITH t LIMIT $atMost DELETE t RETURN count(*) AS n")
                .bind(atMost).to("atMost")
                .fetchAs(Long.class).mappedBy((types, row) -> row.get("n").asLong()).one().orElse(0L);
    }

    void createFigures(List<Map<String, Object>> figures) {
        run("""
                UNWIND $rows AS row
                MATCH (r:Report {id: row.reportId})
                CREATE (r)-[:HAS_FIGURE]->(n:Figure)
                SET n = row.props
                """, figures);
    }

    void createCounts(List<Map<String, Object>> counts) {
        run("""
                UNWIND $rows AS row
                MATCH (r:Report {id: row.reportId})
                CREATE (r)-[:HAS_COUNT]->(n:Count)
                SET n = row.props
                """, counts);
    }

    /** Definitions, each linked to its canonical term (created on first use) and the term to its subject. */
    void createDefinitions(List<Map<String, Object>> definitions) {
        run("""
                UNWIND $rows AS row
                MATCH (r:Report {id: row.props.reportId})
                CREATE (r)-[:HAS_DEFINITION]->(d:Definition)
                SET d = row.props
                MERGE (t:Term {key: row.termKey})
                ON CREATE SET t.name = row.termName, t.searchName = row.termSearchName,
                              t.subjectScheme = row.subjectScheme, t.subjectCode = row.subjectCode
                CREATE (d)-[:DEFINES]->(t)
                WITH t, row WHERE row.subjectCode IS NOT NULL
                MATCH (s:Subject {scheme: row.subjectScheme, code: row.subjectCode})
                MERGE (t)-[:ABOUT]->(s)
                """, definitions);
    }

    void createThreePublic(List<Map<String, Object>> items) {
        run("""
                UNWIND $rows AS item
                MATCH (r:Report {id: item.reportId})
                CREATE (r)-[:HAS_THREE_PUBLIC]->(t:ThreePublic)
                SET t = item.props
                WITH t, item
                UNWIND item.details AS detail
                CREATE (t)-[:HAS_DETAIL]->(d:ThreePublicDetail)
                SET d = detail
                """, items);
    }

    void createProjects(List<Map<String, Object>> projects) {
        run("""
                UNWIND $rows AS project
                MATCH (r:Report {id: project.reportId})
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
                """, projects);
    }

    private void run(String cypher, List<Map<String, Object>> rows) {
        for (int from = 0; from < rows.size(); from += CHUNK) {
            neo4j.query(cypher).bind(rows.subList(from, Math.min(rows.size(), from + CHUNK))).to("rows").run();
        }
    }
}
