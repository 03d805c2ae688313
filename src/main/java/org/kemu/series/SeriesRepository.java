package org.kemu.series;

import java.util.Collection;
import java.util.List;

import org.kemu.report.Basis;
import org.kemu.report.ReportMapping;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** Reads the amounts a series is made of. Every method is one Cypher statement for any number of units. */
@Repository
class SeriesRepository {

    /** An amount a report states for a year: the year's own figure, a prior-year figure or a stated change. */
    record Stated(String unitId, String reportId, int reportYear, int year, Basis basis, long amountFen, String reason,
                  org.kemu.report.Source source) {
    }

    private final Neo4jClient neo4j;

    SeriesRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /** The figures of a key and fund the units' reports of a kind state, of the kind's basis or as changes. */
    List<Stated> figures(Collection<String> unitIds, String key, String fund, String kind, String basis) {
        return neo4j.query("""
                        MATCH (r:Report) WHERE r.unitId IN $unitIds AND r.kind = $kind
                        MATCH (r)-[:HAS_FIGURE]->(f:Figure)
                        WHERE f.key = $key AND f.fund = $fund AND f.basis IN [$basis, 'STATED_CHANGE']
                        RETURN r, f ORDER BY r.year, f.position
                        """)
                .bind(List.copyOf(unitIds)).to("unitIds").bind(key).to("key").bind(fund).to("fund")
                .bind(kind).to("kind").bind(basis).to("basis")
                .fetchAs(Stated.class).mappedBy((types, row) -> {
                    var r = row.get("r");
                    var f = row.get("f");
                    return new Stated(r.get("unitId").asString(), r.get("id").asString(), r.get("year").asInt(),
                            f.get("year").asInt(), Basis.valueOf(f.get("basis").asString()), f.get("amountFen").asLong(),
                            f.get("reason").asString(null), ReportMapping.source(r, f));
                }).all().stream().toList();
    }

    /**
     * Per report of a kind, the sum of its finest function lines under a code (one fund, or the report's widest
     * scope), with the place of its first such line.
     */
    List<Stated> lines(Collection<String> unitIds, String subject, String fund, String kind, String measure) {
        return neo4j.query("""
                        MATCH (r:Report) WHERE r.unitId IN $unitIds AND r.kind = $kind
                        MATCH (r)-[:HAS_LINE]->(l:Line)
                        WHERE l.scheme = 'FUNCTION' AND l.code STARTS WITH $subject AND l.finest
                          AND CASE WHEN $fund IS NULL THEN l.primary ELSE l.fund = $fund END
                          AND l[$measure] IS NOT NULL
                        WITH r, l ORDER BY l.position
                        RETURN r, sum(l[$measure]) AS fen, collect(l)[0] AS first
                        ORDER BY r.year
                        """)
                .bind(List.copyOf(unitIds)).to("unitIds").bind(subject).to("subject").bind(fund).to("fund")
                .bind(kind).to("kind").bind(measure).to("measure")
                .fetchAs(Stated.class).mappedBy((types, row) -> {
                    var r = row.get("r");
                    var year = r.get("year").asInt();
                    return new Stated(r.get("unitId").asString(), r.get("id").asString(), year, year, null,
                            row.get("fen").asLong(), null, ReportMapping.source(r, row.get("first")));
                }).all().stream().toList();
    }
}
