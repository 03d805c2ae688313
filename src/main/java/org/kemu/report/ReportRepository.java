package org.kemu.report;

import static org.kemu.report.ReportMapping.fen;
import static org.kemu.report.ReportMapping.figure;
import static org.kemu.report.ReportMapping.line;
import static org.kemu.report.ReportMapping.report;
import static org.kemu.report.ReportMapping.source;
import static org.kemu.report.ReportMapping.staff;
import static org.kemu.report.ReportMapping.threePublic;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Record;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** Reads units, reports and everything a report states. Every method is one Cypher statement. */
@Repository
class ReportRepository {

    private static final String RETURN_UNIT = """
             RETURN u.id AS id, u.name AS name, u.type AS type, u.regionCode AS regionCode,
                    [(u)-[:SUPERVISED_BY]->(s) | s.id][0] AS supervisorId
            """;

    /** The report node once, its lines beside it (not the report repeated on every line). */
    private static final String RETURN_REPORT_LINES = """

            RETURN r, COLLECT { MATCH (r)-[:HAS_LINE]->(l:Line) RETURN l ORDER BY l.scheme, l.code, l.fund } AS lines
            """;

    private final Neo4jClient neo4j;

    ReportRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    List<Unit> findUnits(Collection<String> ids) {
        return neo4j.query("MATCH (u:Unit) WHERE u.id IN $ids" + RETURN_UNIT)
                .bind(List.copyOf(ids)).to("ids")
                .fetchAs(Unit.class).mappedBy((types, row) -> unit(row)).all().stream().toList();
    }

    List<Unit> findUnitPage(String search, String regionCode, String afterName, String afterId, int limit) {
        var params = new HashMap<String, Object>();
        params.put("search", search);
        params.put("region", regionCode);
        params.put("afterName", afterName);
        params.put("afterId", afterId);
        params.put("limit", limit);
        return neo4j.query("""
                        MATCH (u:Unit)
                        WHERE ($search IS NULL OR u.name CONTAINS $search)
                          AND ($region IS NULL OR u.regionCode STARTS WITH $region)
                          AND ($afterName IS NULL OR u.name > $afterName OR (u.name = $afterName AND u.id > $afterId))
                        WITH u ORDER BY u.name, u.id LIMIT $limit
                        """ + RETURN_UNIT)
                .bindAll(params)
                .fetchAs(Unit.class).mappedBy((types, row) -> unit(row)).all().stream().toList();
    }

    int countUnits(String search, String regionCode) {
        var params = new HashMap<String, Object>();
        params.put("search", search);
        params.put("region", regionCode);
        return neo4j.query("""
                        MATCH (u:Unit)
                        WHERE ($search IS NULL OR u.name CONTAINS $search)
                          AND ($region IS NULL OR u.regionCode STARTS WITH $region)
                        RETURN count(u) AS n
                        """)
                .bindAll(params)
                .fetchAs(Integer.class).mappedBy((types, row) -> row.get("n").asInt()).one().orElse(0);
    }

    /** Units whose region lies in the subtree of one of the codes, by name. */
    List<Unit> findUnitsInRegions(Collection<String> regionCodes) {
        return neo4j.query("""
                        UNWIND $codes AS code
                        MATCH (u:Unit) WHERE u.regionCode STARTS WITH code
                        WITH DISTINCT u ORDER BY u.name
                        """ + RETURN_UNIT)
                .bind(List.copyOf(regionCodes)).to("codes")
                .fetchAs(Unit.class).mappedBy((types, row) -> unit(row)).all().stream().toList();
    }

    List<Report> findReportsOfUnits(Collection<String> unitIds) {
        return neo4j.query("""
                        MATCH (r:Report) WHERE r.unitId IN $ids
                        RETURN r ORDER BY r.year DESC, r.kind
                        """)
                .bind(List.copyOf(unitIds)).to("ids")
                .fetchAs(Report.class).mappedBy((types, row) -> report(row.get("r"))).all().stream().toList();
    }

    List<Report> findReports(Collection<String> ids) {
        return neo4j.query("MATCH (r:Report) WHERE r.id IN $ids RETURN r")
                .bind(List.copyOf(ids)).to("ids")
                .fetchAs(Report.class).mappedBy((types, row) -> report(row.get("r"))).all().stream().toList();
    }

    /** A report and, in the same statement, all its lines: a report page asks for both, so one round trip. */
    Optional<ReportWithLines> findReportWithLines(String id) {
        return neo4j.query("MATCH (r:Report {id: $id})" + RETURN_REPORT_LINES)
                .bind(id).to("id")
                .fetchAs(ReportWithLines.class).mappedBy((types, row) -> reportWithLines(row)).one();
    }

    List<ReportWithLines> findLines(Collection<String> reportIds) {
        return neo4j.query("MATCH (r:Report) WHERE r.id IN $ids" + RETURN_REPORT_LINES)
                .bind(List.copyOf(reportIds)).to("ids")
                .fetchAs(ReportWithLines.class).mappedBy((types, row) -> reportWithLines(row)).all().stream().toList();
    }

    private static ReportWithLines reportWithLines(Record row) {
        var r = row.get("r");
        return new ReportWithLines(report(r), row.get("lines").asList(l -> line(l, r)));
    }

    List<Keyed<Figure>> findFigures(Collection<String> reportIds) {
        return neo4j.query("""
                        MATCH (r:Report)-[:HAS_FIGURE]->(f:Figure) WHERE r.id IN $ids
                        RETURN r, f ORDER BY f.position
                        """)
                .bind(List.copyOf(reportIds)).to("ids")
                .fetchAs(Keyed.class).mappedBy((types, row) ->
                        new Keyed<>(row.get("r").get("id").asString(), figure(row.get("f"), row.get("r"))))
                .all().stream().map(k -> (Keyed<Figure>) k).toList();
    }

    List<Keyed<CountFact>> findCounts(Collection<String> reportIds) {
        return neo4j.query("""
                        MATCH (r:Report)-[:HAS_COUNT]->(c:Count) WHERE r.id IN $ids
                        RETURN r, c ORDER BY c.position
                        """)
                .bind(List.copyOf(reportIds)).to("ids")
                .fetchAs(Keyed.class).mappedBy((types, row) -> {
                    var r = row.get("r");
                    var c = row.get("c");
                    return new Keyed<>(r.get("id").asString(), new CountFact(c.get("key").asString(),
                            c.get("label").asString(null), new BigDecimal(c.get("value").asString()),
                            c.get("unitLabel").asString(null), c.get("year").asInt(), source(r, c)));
                }).all().stream().map(k -> (Keyed<CountFact>) k).toList();
    }

    List<Keyed<ThreePublicItem>> findThreePublic(Collection<String> reportIds) {
        return neo4j.query("""
                        MATCH (r:Report)-[:HAS_THREE_PUBLIC]->(t:ThreePublic) WHERE r.id IN $ids
                        OPTIONAL MATCH (t)-[:HAS_DETAIL]->(d:ThreePublicDetail)
                        WITH r, t, d ORDER BY t.position, d.position
                        RETURN r, t, collect(d) AS details ORDER BY t.position
                        """)
                .bind(List.copyOf(reportIds)).to("ids")
                .fetchAs(Keyed.class).mappedBy((types, row) -> new Keyed<>(row.get("r").get("id").asString(),
                        threePublic(row.get("t"), row.get("details"), row.get("r"))))
                .all().stream().map(k -> (Keyed<ThreePublicItem>) k).toList();
    }

    /** The staff figures of each unit's most recent report that states them. */
    Map<String, Staff> findLatestStaff(Collection<String> unitIds) {
        var result = new HashMap<String, Staff>();
        neo4j.query("""
                        MATCH (r:Report) WHERE r.unitId IN $ids AND r.staffStated
                        WITH r ORDER BY r.year DESC, r.kind
                        WITH r.unitId AS unitId, collect(r)[0] AS latest
                        RETURN unitId, latest
                        """)
                .bind(List.copyOf(unitIds)).to("ids")
                .fetchAs(Keyed.class).mappedBy((types, row) ->
                        new Keyed<>(row.get("unitId").asString(), staff(row.get("latest"))))
                .all()
                .forEach(keyed -> result.put(keyed.reportId(), (Staff) keyed.value()));
        return result;
    }

    /** A value paired with the id of the report (or unit) it belongs to. */
    record Keyed<T>(String reportId, T value) {
    }

    private static Unit unit(org.neo4j.driver.Record row) {
        return new Unit(row.get("id").asString(), row.get("name").asString(), row.get("type").asString(null),
                row.get("regionCode").asString(), row.get("supervisorId").asString(null));
    }
}
