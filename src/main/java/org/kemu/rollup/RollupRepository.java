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
     * Lines are found through an index: by unit when the side names units, through the reports of the regions
     * when it names regions, otherwise by (year, kind, scheme). A branch that does not fit a side unwinds or
     * seeks an empty list, so each side costs one seek per unit, region or year.
     */
    private static final String LINES_OF_SIDES = """
            UNWIND $sides AS side
            WITH side, side.scheme AS scheme, side.kind AS kind, side.fund AS fund, side.years AS years,
                 side.unitIds AS unitIds, side.regions AS regions
            CALL (scheme, kind, years, unitIds, regions) {
                UNWIND coalesce(unitIds, []) AS unitId
                MATCH (l:Line {unitId: unitId})
                WHERE l.kind = kind AND l.scheme = scheme AND (years IS NULL OR l.year IN years)
                  AND (regions IS NULL OR any(region IN regions WHERE l.regionCode STARTS WITH region))
                RETURN l
              UNION ALL
                UNWIND CASE WHEN unitIds IS NULL THEN coalesce(regions, []) ELSE [] END AS region
                MATCH (r:Report) WHERE r.regionCode STARTS WITH region AND r.kind = kind
                  AND (years IS NULL OR r.year IN years)
                MATCH (r)-[:HAS_LINE]->(l:Line)
                WHERE l.scheme = scheme
                RETURN l
              UNION ALL
                MATCH (l:Line)
                WHERE l.year IN CASE WHEN unitIds IS NULL AND regions IS NULL
                                     THEN coalesce(years, range(2000, 2100)) ELSE [] END
                  AND l.kind = kind AND l.scheme = scheme
                RETURN l
            }
            """;

    /** The lines a side sums, each with its amount and whether it is coarser than the level asked for. */
    private static final String MEASURED_LINES = """
            WITH side.name AS side, fund, l, l[$measure] AS fen
            WHERE fen IS NOT NULL AND l.finest AND CASE WHEN fund IS NULL THEN l.primary ELSE l.fund = fund END
              AND ($under IS NULL OR l.code STARTS WITH $under)
            WITH side, l, fen, size(l.code) < $levelLength AS coarse
            """;

    /**
     * Sums with line and report counts, budgets (for execution rates) and the staff of a group that is one unit in
     * one year (for per-staff figures); the unit and year of a group are only tracked when a staff figure can apply.
     */
    private static final String ROLLUP = LINES_OF_SIDES + MEASURED_LINES + """
            WITH side, l, fen, coarse AND NOT $bySubject AS excluded,
                 CASE WHEN $bySubject THEN CASE WHEN coarse THEN l.code ELSE substring(l.code, 0, $levelLength) END END AS code,
                 CASE WHEN $byUnit THEN l.unitId END AS unitId,
                 CASE WHEN $byRegion THEN l.regionCode END AS regionCode,
                 CASE WHEN $byYear THEN l.year END AS year,
                 CASE WHEN l.totalFen IS NOT NULL THEN coalesce(l.budgetAdjustedFen, l.budgetInitialFen) END AS budget
            WITH side, code, unitId, regionCode, year, l, fen, excluded, budget,
                 CASE WHEN NOT excluded THEN l.reportId END AS distinctReport,
                 CASE WHEN $staff THEN l.unitId END AS staffUnit, CASE WHEN $staff THEN l.year END AS staffYear
            WITH side, code, unitId, regionCode, year,
                 sum(CASE WHEN excluded THEN 0 ELSE fen END) AS fen,
                 count(CASE WHEN excluded THEN null ELSE 1 END) AS lineCount,
                 count(CASE WHEN excluded THEN 1 END) AS excludedLines,
                 count(DISTINCT distinctReport) AS distinctReports,
                 sum(CASE WHEN NOT excluded AND budget IS NOT NULL THEN l.totalFen END) AS executed,
                 sum(CASE WHEN NOT excluded THEN budget END) AS budgeted,
                 count(CASE WHEN NOT excluded THEN budget END) AS budgetLines,
                 min(staffUnit) AS firstUnit, max(staffUnit) AS lastUnit, min(staffYear) AS firstYear, max(staffYear) AS lastYear
            WITH side, code, unitId, regionCode, year, fen, lineCount, excludedLines, distinctReports AS reportCount,
                 CASE WHEN budgetLines > 0 THEN executed END AS executed,
                 CASE WHEN budgetLines > 0 THEN budgeted END AS budgeted,
                 CASE WHEN firstUnit = lastUnit AND firstYear = lastYear THEN firstUnit END AS onlyUnit,
                 CASE WHEN firstUnit = lastUnit AND firstYear = lastYear THEN firstYear END AS onlyYear
            RETURN side, code, unitId, regionCode, year, fen, lineCount, excludedLines, reportCount, executed, budgeted,
                   COLLECT { MATCH (r:Report) WHERE r.unitId = onlyUnit AND r.year = onlyYear AND r.staffActual IS NOT NULL
                             RETURN r.staffActual }[0] AS staff
            """;

    /**
     * {@link #ROLLUP} without report counts, budgets and staff, for requests that ask for none of them: per line it
     * evaluates a third of the expressions.
     */
    private static final String ROLLUP_SUMS = LINES_OF_SIDES + MEASURED_LINES + """
            WITH side, fen, coarse AND NOT $bySubject AS excluded,
                 CASE WHEN $bySubject THEN CASE WHEN coarse THEN l.code ELSE substring(l.code, 0, $levelLength) END END AS code,
                 CASE WHEN $byUnit THEN l.unitId END AS unitId,
                 CASE WHEN $byRegion THEN l.regionCode END AS regionCode,
                 CASE WHEN $byYear THEN l.year END AS year
            RETURN side, code, unitId, regionCode, year,
                   sum(CASE WHEN excluded THEN 0 ELSE fen END) AS fen,
                   count(CASE WHEN excluded THEN null ELSE 1 END) AS lineCount,
                   count(CASE WHEN excluded THEN 1 END) AS excludedLines,
                   0 AS reportCount, null AS executed, null AS budgeted, null AS staff
            """;

    /**
     * The roll-up to 类 from the per-report class totals written at import: the same answer as {@link #ROLLUP} at
     * that level (every finest line is at least a 类, so none is coarse), from a fifth of the rows. A report has
     * one total per 类 and fund, so per subject the totals counted are the reports counted.
     */
    private static final String CLASS_TOTALS_OF_SIDES = """
            UNWIND $sides AS side
            WITH side, side.scheme AS scheme, side.kind AS kind, side.fund AS fund, side.years AS years,
                 side.unitIds AS unitIds, side.regions AS regions
            CALL (scheme, kind, years, unitIds, regions) {
                UNWIND coalesce(unitIds, []) AS unitId
                MATCH (t:ClassTotal {unitId: unitId})
                WHERE t.kind = kind AND t.scheme = scheme AND (years IS NULL OR t.year IN years)
                  AND (regions IS NULL OR any(region IN regions WHERE t.regionCode STARTS WITH region))
                RETURN t
              UNION ALL
                UNWIND CASE WHEN unitIds IS NULL THEN coalesce(regions, []) ELSE [] END AS region
                MATCH (r:Report) WHERE r.regionCode STARTS WITH region AND r.kind = kind
                  AND (years IS NULL OR r.year IN years)
                MATCH (r)-[:HAS_CLASS_TOTAL]->(t:ClassTotal)
                WHERE t.scheme = scheme
                RETURN t
              UNION ALL
                MATCH (t:ClassTotal)
                WHERE t.year IN CASE WHEN unitIds IS NULL AND regions IS NULL
                                     THEN coalesce(years, range(2000, 2100)) ELSE [] END
                  AND t.kind = kind AND t.scheme = scheme
                RETURN t
            }
            """;

    private static final String MEASURED_CLASS_TOTALS = """
            WITH side.name AS side, fund, t, t[$measure] AS fen
            WHERE fen IS NOT NULL AND CASE WHEN fund IS NULL THEN t.primary ELSE t.fund = fund END
              AND ($under IS NULL OR t.code STARTS WITH $under)
            """;

    private static final String CLASS_ROLLUP = CLASS_TOTALS_OF_SIDES + MEASURED_CLASS_TOTALS + """
            WITH side, t, fen,
                 CASE WHEN $bySubject THEN t.code END AS code,
                 CASE WHEN $byUnit THEN t.unitId END AS unitId,
                 CASE WHEN $byRegion THEN t.regionCode END AS regionCode,
                 CASE WHEN $byYear THEN t.year END AS year,
                 CASE WHEN $bySubject THEN null ELSE t.reportId END AS distinctReport,
                 CASE WHEN $staff THEN t.unitId END AS staffUnit, CASE WHEN $staff THEN t.year END AS staffYear
            WITH side, code, unitId, regionCode, year,
                 sum(fen) AS fen, sum(t[$measureLines]) AS lineCount, count(*) AS totals,
                 count(DISTINCT distinctReport) AS distinctReports,
                 sum(t.executedFen) AS executed, sum(t.budgetedFen) AS budgeted, sum(t.budgetLines) AS budgetLines,
                 min(staffUnit) AS firstUnit, max(staffUnit) AS lastUnit, min(staffYear) AS firstYear, max(staffYear) AS lastYear
            WITH side, code, unitId, regionCode, year, fen, lineCount, 0 AS excludedLines,
                 CASE WHEN $bySubject THEN totals ELSE distinctReports END AS reportCount,
                 CASE WHEN budgetLines > 0 THEN executed END AS executed,
                 CASE WHEN budgetLines > 0 THEN budgeted END AS budgeted,
                 CASE WHEN firstUnit = lastUnit AND firstYear = lastYear THEN firstUnit END AS onlyUnit,
                 CASE WHEN firstUnit = lastUnit AND firstYear = lastYear THEN firstYear END AS onlyYear
            RETURN side, code, unitId, regionCode, year, fen, lineCount, excludedLines, reportCount, executed, budgeted,
                   COLLECT { MATCH (r:Report) WHERE r.unitId = onlyUnit AND r.year = onlyYear AND r.staffActual IS NOT NULL
                             RETURN r.staffActual }[0] AS staff
            """;

    /** {@link #CLASS_ROLLUP} without report counts, budgets and staff, as {@link #ROLLUP_SUMS}. */
    private static final String CLASS_ROLLUP_SUMS = CLASS_TOTALS_OF_SIDES + MEASURED_CLASS_TOTALS + """
            WITH side, fen, t[$measureLines] AS lines,
                 CASE WHEN $bySubject THEN t.code END AS code,
                 CASE WHEN $byUnit THEN t.unitId END AS unitId,
                 CASE WHEN $byRegion THEN t.regionCode END AS regionCode,
                 CASE WHEN $byYear THEN t.year END AS year
            RETURN side, code, unitId, regionCode, year, sum(fen) AS fen, sum(lines) AS lineCount, 0 AS excludedLines,
                   0 AS reportCount, null AS executed, null AS budgeted, null AS staff
            """;
    private static final int CLASS_LENGTH = 3;

    private final Neo4jClient neo4j;

    private static int size(Object list) {
        return list instanceof java.util.Collection<?> values ? values.size() : 0;
    }

    RollupRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /**
     * @param sides     one map per side: name, scheme, kind, fund, years, unitIds, regions (nulls for no restriction)
     * @param measure   the line property holding the measure, e.g. {@code totalFen}
     * @param groupBy   the dimensions to group by
     * @param detail    whether report counts, budgets and staff are wanted; without them the sums cost less
     */
    List<Aggregate> aggregate(List<Map<String, Object>> sides, String measure, int levelLength, String under,
                              java.util.Set<Dimension> groupBy, boolean detail) {
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
        params.put("staff", sides.stream().allMatch(side ->
                (groupBy.contains(Dimension.UNIT) || size(side.get("unitIds")) == 1)
                        && (groupBy.contains(Dimension.YEAR) || size(side.get("years")) == 1)));
        var byClassTotals = levelLength == CLASS_LENGTH && (under == null || under.length() <= CLASS_LENGTH);
        var cypher = byClassTotals ? (detail ? CLASS_ROLLUP : CLASS_ROLLUP_SUMS) : (detail ? ROLLUP : ROLLUP_SUMS);
        return neo4j.query(cypher).bindAll(params)
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
