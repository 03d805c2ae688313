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

    /**
     * Lines are found through an index: by unit when the side names units, by region code prefix when it names
     * regions, otherwise by (year, kind, scheme). A branch that does not fit a side seeks an empty list, so each
     * side costs one index seek per unit, region or year.
     */
    private static final String ROLLUP = """
            UNWIND $sides AS side
            CALL (side) {
                UNWIND coalesce(side.unitIds, []) AS unitId
                MATCH (l:Line {unitId: unitId})
                RETURN l
              UNION ALL
                UNWIND CASE WHEN side.unitIds IS NULL THEN coalesce(side.regions, []) ELSE [] END AS region
                MATCH (l:Line) WHERE l.regionCode STARTS WITH region
                RETURN l
              UNION ALL
                MATCH (l:Line)
                WHERE l.year IN CASE WHEN side.unitIds IS NULL AND side.regions IS NULL
                                     THEN coalesce(side.years, range(2000, 2100)) ELSE [] END
                  AND l.kind = side.kind AND l.scheme = side.scheme
                RETURN l
            }
            WITH side, l
            WHERE l.scheme = side.scheme AND l.kind = side.kind AND l.finest
              AND CASE WHEN side.fund IS NULL THEN l.primary ELSE l.fund = side.fund END
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
                 min(l.unitId) AS firstUnit, max(l.unitId) AS lastUnit, min(l.year) AS firstYear, max(l.year) AS lastYear
            WITH side, code, unitId, regionCode, year, fen, lineCount, excludedLines, reportCount,
                 CASE WHEN budgetLines > 0 THEN executed END AS executed,
                 CASE WHEN budgetLines > 0 THEN budgeted END AS budgeted,
                 CASE WHEN firstUnit = lastUnit AND firstYear = lastYear THEN firstUnit END AS onlyUnit,
                 CASE WHEN firstUnit = lastUnit AND firstYear = lastYear THEN firstYear END AS onlyYear
            RETURN side, code, unitId, regionCode, year, fen, lineCount, excludedLines, reportCount, executed, budgeted,
                   COLLECT { MATCH (r:Report) WHERE r.unitId = onlyUnit AND r.year = onlyYear AND r.staffActual IS NOT NULL
                             RETURN r.staffActual }[0] AS staff
            """;

    /**
     * The roll-up to 类 from the per-report class totals written at import: the same answer as {@link #ROLLUP} at
     * that level (every finest line is at least a 类, so none is coarse), from a twelfth of the rows.
     */
    private static final String CLASS_ROLLUP = """
            UNWIND $sides AS side
            CALL (side) {
                UNWIND coalesce(side.unitIds, []) AS unitId
                MATCH (t:ClassTotal {unitId: unitId})
                RETURN t
              UNION ALL
                UNWIND CASE WHEN side.unitIds IS NULL THEN coalesce(side.regions, []) ELSE [] END AS region
                MATCH (t:ClassTotal) WHERE t.regionCode STARTS WITH region
                RETURN t
              UNION ALL
                MATCH (t:ClassTotal)
                WHERE t.year IN CASE WHEN side.unitIds IS NULL AND side.regions IS NULL
                                     THEN coalesce(side.years, range(2000, 2100)) ELSE [] END
                  AND t.kind = side.kind AND t.scheme = side.scheme
                RETURN t
            }
            WITH side, t
            WHERE t.scheme = side.scheme AND t.kind = side.kind
              AND CASE WHEN side.fund IS NULL THEN t.primary ELSE t.fund = side.fund END
              AND (side.years IS NULL OR t.year IN side.years)
              AND (side.unitIds IS NULL OR t.unitId IN side.unitIds)
              AND (side.regions IS NULL OR any(region IN side.regions WHERE t.regionCode STARTS WITH region))
              AND ($under IS NULL OR t.code STARTS WITH $under)
              AND t[$measure] IS NOT NULL
            WITH side.name AS side, t,
                 CASE WHEN $bySubject THEN t.code END AS code,
                 CASE WHEN $byUnit THEN t.unitId END AS unitId,
                 CASE WHEN $byRegion THEN t.regionCode END AS regionCode,
                 CASE WHEN $byYear THEN t.year END AS year
            WITH side, code, unitId, regionCode, year,
                 sum(t[$measure]) AS fen, sum(t[$measureLines]) AS lineCount, count(DISTINCT t.reportId) AS reportCount,
                 sum(t.executedFen) AS executed, sum(t.budgetedFen) AS budgeted, sum(t.budgetLines) AS budgetLines,
                 min(t.unitId) AS firstUnit, max(t.unitId) AS lastUnit, min(t.year) AS firstYear, max(t.year) AS lastYear
            WITH side, code, unitId, regionCode, year, fen, lineCount, 0 AS excludedLines, reportCount,
                 CASE WHEN budgetLines > 0 THEN executed END AS executed,
                 CASE WHEN budgetLines > 0 THEN budgeted END AS budgeted,
                 CASE WHEN firstUnit = lastUnit AND firstYear = lastYear THEN firstUnit END AS onlyUnit,
                 CASE WHEN firstUnit = lastUnit AND firstYear = lastYear THEN firstYear END AS onlyYear
            RETURN side, code, unitId, regionCode, year, fen, lineCount, excludedLines, reportCount, executed, budgeted,
                   COLLECT { MATCH (r:Report) WHERE r.unitId = onlyUnit AND r.year = onlyYear AND r.staffActual IS NOT NULL
                             RETURN r.staffActual }[0] AS staff
            """;
    private static final int CLASS_LENGTH = 3;

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
        params.put("measureLines", measure + "Lines");
        params.put("levelLength", levelLength);
        params.put("under", under);
        params.put("bySubject", groupBy.contains(Dimension.SUBJECT));
        params.put("byUnit", groupBy.contains(Dimension.UNIT));
        params.put("byRegion", groupBy.contains(Dimension.REGION));
        params.put("byYear", groupBy.contains(Dimension.YEAR));
        var byClassTotals = levelLength == CLASS_LENGTH && (under == null || under.length() <= CLASS_LENGTH);
        return neo4j.query(byClassTotals ? CLASS_ROLLUP : ROLLUP).bindAll(params)
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
