package org.kemu.rollup;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/**
 * The roll-up query: one statement for any number of sides (a roll-up has one, a comparison two). Only lines
 * marked {@code finest} are summed, so a figure and its own parts are never both counted.
 */
@Repository
class RollupRepository {

    private static final String ROLLUP = """
            UNWIND $sides AS side
            MATCH (l:Line)
            WHERE l.scheme = side.scheme AND l.kind = side.kind AND l.finest
              AND ((side.fund IS NULL AND l.primary) OR l.fund = side.fund)
              AND (side.years IS NULL OR l.year IN side.years)
              AND (side.unitIds IS NULL OR l.unitId IN side.unitIds)
              AND (side.regions IS NULL OR any(region IN side.regions WHERE l.regionCode STARTS WITH region))
              AND ($under IS NULL OR l.code STARTS WITH $under)
            WITH side.name AS side, l, l[$measure] AS fen, size(l.code) < $levelLength AS coarse
            WHERE fen IS NOT NULL
            WITH side, l, fen, coarse AND NOT $bySubject AS excluded,
                 CASE WHEN $bySubject THEN CASE WHEN coarse THEN l.code ELSE substring(l.code, 0, $levelLength) END END AS code,
                 CASE WHEN $byUnit THEN l.unitId END AS unitId,
                 CASE WHEN $byRegion THEN l.regionCode END AS regionCode,
                 CASE WHEN $byYear THEN l.year END AS year,
                 coalesce(l.budgetAdjustedFen, l.budgetInitialFen) AS budget
            WITH side, code, unitId, regionCode, year,
                 sum(CASE WHEN excluded THEN 0 ELSE fen END) AS fen,
                 count(CASE WHEN excluded THEN null ELSE 1 END) AS lineCount,
                 count(CASE WHEN excluded THEN 1 END) AS excludedLines,
                 count(DISTINCT CASE WHEN excluded THEN null ELSE l.reportId END) AS reportCount,
                 sum(CASE WHEN NOT excluded AND budget IS NOT NULL AND l.totalFen IS NOT NULL THEN l.totalFen END) AS executed,
                 sum(CASE WHEN NOT excluded AND budget IS NOT NULL AND l.totalFen IS NOT NULL THEN budget END) AS budgeted,
                 count(CASE WHEN NOT excluded AND budget IS NOT NULL AND l.totalFen IS NOT NULL THEN 1 END) AS budgetLines,
                 collect(DISTINCT l.unitId) AS units, collect(DISTINCT l.year) AS years
            WITH side, code, unitId, regionCode, year, fen, lineCount, excludedLines, reportCount,
                 CASE WHEN budgetLines > 0 THEN executed END AS executed,
                 CASE WHEN budgetLines > 0 THEN budgeted END AS budgeted,
                 CASE WHEN size(units) = 1 AND size(years) = 1 THEN units[0] END AS onlyUnit,
                 CASE WHEN size(units) = 1 AND size(years) = 1 THEN years[0] END AS onlyYear
            RETURN side, code, unitId, regionCode, year, fen, lineCount, excludedLines, reportCount, executed, budgeted,
                   COLLECT { MATCH (r:Report) WHERE r.unitId = onlyUnit AND r.year = onlyYear AND r.staffActual IS NOT NULL
                             RETURN r.staffActual }[0] AS staff
            """;

    private final Neo4jClient neo4j;

    RollupRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /**
     * @param sides     one map per side: name, scheme, kind, fund, years, unitIds, regions (nulls for no restriction)
     * @param measure   the line property holding the measure, e.g. {@code totalFen}
     * @param groupBy   the dimensions to group by
     */
    List<Aggregate> aggregate(List<Map<String, Object>> sides, String measure, int levelLength, String under,
                              java.util.Set<Dimension> groupBy) {
        var params = new HashMap<String, Object>();
        params.put("sides", sides);
        params.put("measure", measure);
        params.put("levelLength", levelLength);
        params.put("under", under);
        params.put("bySubject", groupBy.contains(Dimension.SUBJECT));
        params.put("byUnit", groupBy.contains(Dimension.UNIT));
        params.put("byRegion", groupBy.contains(Dimension.REGION));
        params.put("byYear", groupBy.contains(Dimension.YEAR));
        return neo4j.query(ROLLUP).bindAll(params)
                .fetchAs(Aggregate.class).mappedBy((types, row) -> new Aggregate(
                        row.get("side").asString(),
                        row.get("code").asString(null),
                        row.get("unitId").asString(null),
                        row.get("regionCode").asString(null),
                        row.get("year").isNull() ? null : row.get("year").asInt(),
                        row.get("fen").asLong(),
                        row.get("lineCount").asInt(),
                        row.get("reportCount").asInt(),
                        row.get("excludedLines").asInt(),
                        row.get("executed").isNull() ? null : row.get("executed").asLong(),
                        row.get("budgeted").isNull() ? null : row.get("budgeted").asLong(),
                        row.get("staff").isNull() ? null : row.get("staff").asInt()))
                .all().stream().toList();
    }
}
