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

    /** A report node's properties with its unit's, as {@link ReportRows.Rows} holds them. */
    record StoredReport(String reportId, Map<String, Object> report, Map<String, Object> unit) {
    }

    /** One stored part of a report, in the shape of the rows {@link ReportRows} makes. */
    record Part(String reportId, Map<String, Object> row) {
    }

    List<StoredReport> reports(Collection<String> ids) {
        return neo4j.query("""
                        MATCH (u:Unit)-[:PUBLISHED]->(r:Report) WHERE r.id IN $ids
                        OPTIONAL MATCH (u)-[:SUPERVISED_BY]->(s:Unit)
                        RETURN r.id AS reportId, properties(r) AS report,
                               {name: u.name, regionCode: u.regionCode, type: u.type, supervisor: s.name} AS unit
                        """)
                .bind(List.copyOf(ids)).to("ids")
                .fetchAs(StoredReport.class).mappedBy((types, row) -> new StoredReport(row.get("reportId").asString(),
                        row.get("report").asMap(), row.get("unit").asMap()))
                .all().stream().toList();
    }

    List<Part> lines(Collection<String> ids) {
        return parts("""
                MATCH (r:Report)-[:HAS_LINE]->(l:Line) WHERE r.id IN $ids
                RETURN r.id AS reportId, properties(l) AS row ORDER BY l.position
                """, ids);
    }

    List<Part> figures(Collection<String> ids) {
        return parts("""
                MATCH (r:Report)-[:HAS_FIGURE]->(n:Figure) WHERE r.id IN $ids
                RETURN r.id AS reportId, {props: properties(n)} AS row ORDER BY n.position
                """, ids);
    }

    List<Part> counts(Collection<String> ids) {
        return parts("""
                MATCH (r:Report)-[:HAS_COUNT]->(n:Count) WHERE r.id IN $ids
                RETURN r.id AS reportId, {props: properties(n)} AS row ORDER BY n.position
                """, ids);
    }

    List<Part> definitions(Collection<String> ids) {
        return parts("""
                MATCH (r:Report)-[:HAS_DEFINITION]->(n:Definition) WHERE r.id IN $ids
                RETURN r.id AS reportId, {props: properties(n)} AS row ORDER BY n.position
                """, ids);
    }

    List<Part> threePublic(Collection<String> ids) {
        return parts("""
                MATCH (r:Report)-[:HAS_THREE_PUBLIC]->(t:ThreePublic) WHERE r.id IN $ids
                RETURN r.id AS reportId,
                       {props: properties(t),
                        details: COLLECT { MATCH (t)-[:HAS_DETAIL]->(d) RETURN properties(d) AS p ORDER BY d.position }} AS row
                ORDER BY t.position
                """, ids);
    }

    List<Part> projects(Collection<String> ids) {
        return parts("""
                MATCH (r:Report)-[:HAS_PROJECT]->(p:Project) WHERE r.id IN $ids
                RETURN r.id AS reportId,
                       {props: properties(p),
                        funds: COLLECT { MATCH (p)-[:HAS_FUND]->(f) RETURN properties(f) AS f ORDER BY f.position },
                        indicators: COLLECT { MATCH (p)-[:HAS_INDICATOR]->(i) RETURN properties(i) AS i ORDER BY i.position }} AS row
                ORDER BY p.position
                """, ids);
    }

    /** A replaced version of a report, its document as JSON text. */
    record StoredRevision(String reportId, String importedAt, String replacedAt, String checksum, String documentJson) {
    }

    /**
     * The stored revisions of the reports, newest first, each document put together from its contents. Revisions
     * stored before contents were shared hold their document inline.
     */
    List<StoredRevision> revisions(Collection<String> reportIds) {
        return neo4j.query("""
                        MATCH (v:ReportRevision) WHERE v.reportId IN $ids
                        RETURN v.reportId AS reportId, v.importedAt AS importedAt, v.replacedAt AS replacedAt,
                               v.checksum AS checksum, v.document AS inline,
                               COLLECT { MATCH (v)-[p:HAS_PART]->(c:RevisionContent)
                                         RETURN [p.field, c.json] ORDER BY p.position } AS parts
                        ORDER BY v.replacedAt DESC
                        """)
                .bind(List.copyOf(reportIds)).to("ids")
                .fetchAs(StoredRevision.class).mappedBy((types, row) -> new StoredRevision(row.get("reportId").asString(),
                        row.get("importedAt").asString(null), row.get("replacedAt").asString(),
                        row.get("checksum").asString(), row.get("inline").isNull()
                                ? RevisionContents.join(row.get("parts").asList(part -> Map.entry(
                                        part.get(0).asString(), part.get(1).asString())))
                                : row.get("inline").asString()))
                .all().stream().toList();
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

    private List<Part> parts(String query, Collection<String> ids) {
        return neo4j.query(query).bind(List.copyOf(ids)).to("ids")
                .fetchAs(Part.class).mappedBy((types, row) -> new Part(row.get("reportId").asString(), row.get("row").asMap()))
                .all().stream().toList();
    }
}
