package org.kemu.importing;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** Reads stored reports back as the property maps {@link ReportWriter} wrote, for export. */
@Repository
class ReportReader {

    private final Neo4jClient neo4j;

    ReportReader(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    record Row(String reportId, Map<String, Object> props, Map<String, Object> extra) {
    }

    List<Row> reports(Collection<String> ids) {
        return rows("""
                MATCH (u:Unit)-[:PUBLISHED]->(r:Report) WHERE r.id IN $ids
                OPTIONAL MATCH (u)-[:SUPERVISED_BY]->(s:Unit)
                RETURN r.id AS reportId, properties(r) AS props,
                       {name: u.name, regionCode: u.regionCode, type: u.type, supervisor: s.name} AS extra
                """, ids);
    }

    List<Row> lines(Collection<String> ids) {
        return rows("""
                MATCH (l:Line) WHERE l.reportId IN $ids
                RETURN l.reportId AS reportId, properties(l) AS props, null AS extra ORDER BY l.position
                """, ids);
    }

    List<Row> children(String label, Collection<String> ids) {
        var query = switch (label) {
            case "Figure" -> "MATCH (r:Report)-[:HAS_FIGURE]->(n:Figure) WHERE r.id IN $ids";
            case "Count" -> "MATCH (r:Report)-[:HAS_COUNT]->(n:Count) WHERE r.id IN $ids";
            case "Definition" -> "MATCH (r:Report)-[:HAS_DEFINITION]->(n:Definition) WHERE r.id IN $ids";
            default -> throw new IllegalArgumentException("no such child: " + label);
        };
        return rows(query + " RETURN r.id AS reportId, properties(n) AS props, null AS extra ORDER BY n.position", ids);
    }

    List<Row> threePublic(Collection<String> ids) {
        return rows("""
                MATCH (r:Report)-[:HAS_THREE_PUBLIC]->(t:ThreePublic) WHERE r.id IN $ids
                RETURN r.id AS reportId, properties(t) AS props,
                       {details: COLLECT { MATCH (t)-[:HAS_DETAIL]->(d) RETURN properties(d) AS p ORDER BY d.position }} AS extra
                ORDER BY t.position
                """, ids);
    }

    List<Row> projects(Collection<String> ids) {
        return rows("""
                MATCH (r:Report)-[:HAS_PROJECT]->(p:Project) WHERE r.id IN $ids
                RETURN r.id AS reportId, properties(p) AS props,
                       {funds: COLLECT { MATCH (p)-[:HAS_FUND]->(f) RETURN properties(f) AS f ORDER BY f.position },
                        indicators: COLLECT { MATCH (p)-[:HAS_INDICATOR]->(i) RETURN properties(i) AS i ORDER BY i.position }} AS extra
                ORDER BY p.position
                """, ids);
    }

    /** The stored revisions of a report, newest first. */
    List<Map<String, Object>> revisions(Collection<String> reportIds) {
        return neo4j.query("""
                        MATCH (v:ReportRevision) WHERE v.reportId IN $ids
                        RETURN properties(v) AS props ORDER BY v.replacedAt DESC
                        """)
                .bind(List.copyOf(reportIds)).to("ids")
                .fetchAs(Map.class).mappedBy((types, row) -> row.get("props").asMap())
                .all().stream().map(m -> (Map<String, Object>) m).toList();
    }

    /** The id of the report of a unit, year and kind, if stored. */
    java.util.Optional<String> reportId(String unitId, int year, String kind) {
        return neo4j.query("MATCH (r:Report {unitId: $unit, year: $year, kind: $kind}) RETURN r.id AS id")
                .bind(unitId).to("unit").bind(year).to("year").bind(kind).to("kind")
                .fetchAs(String.class).mappedBy((types, row) -> row.get("id").asString()).one();
    }

    List<String> reportIdsOfUnit(String unitId, Integer year) {
        return neo4j.query("""
                        MATCH (r:Report {unitId: $unit}) WHERE $year IS NULL OR r.year = $year
                        RETURN r.id AS id ORDER BY r.year, r.kind
                        """)
                .bind(unitId).to("unit").bind(year).to("year")
                .fetchAs(String.class).mappedBy((types, row) -> row.get("id").asString()).all().stream().toList();
    }

    private List<Row> rows(String query, Collection<String> ids) {
        return neo4j.query(query).bind(List.copyOf(ids)).to("ids")
                .fetchAs(Row.class).mappedBy((types, row) -> new Row(row.get("reportId").asString(),
                        row.get("props").asMap(), row.get("extra").isNull() ? Map.of() : row.get("extra").asMap()))
                .all().stream().toList();
    }
}
