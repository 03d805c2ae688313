package org.kemu.rollup;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kemu.importing.RegionTotals;
import org.kemu.report.Basis;
import org.kemu.report.Figure;
import org.kemu.report.Fund;
import org.kemu.report.Measure;
import org.kemu.report.PerStaff;
import org.kemu.report.ReportKind;
import org.kemu.report.ReportService;
import org.kemu.report.Staff;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/**
 * The roll-up query: one statement for any number of sides (a roll-up has one, a comparison two). Only lines
 * marked {@code finest} are summed, so a figure and its own parts are never both counted.
 */
@Repository
class RollupRepository {

    /**
     * The rows of each side with their amounts, in {@code l}: lines, or class totals (format arguments: the label
     * and the relationship from a report to it). Rows are found through an index: by unit when the side names
     * units, through the reports of the regions when it names regions, otherwise by (year, kind, scheme). A branch
     * that does not fit a side unwinds or seeks an empty list, so each side costs one seek per unit, region or
     * year. Ends in the WHERE on the measured rows, which a source may extend.
     */
    private static final String ROWS_OF_SIDES = """
            UNWIND $sides AS side
            WITH side, side.scheme AS scheme, side.kind AS kind, side.fund AS fund, side.years AS years,
                 side.unitIds AS unitIds, side.regions AS regions
            CALL (scheme, kind, years, unitIds, regions) {
                UNWIND coalesce(unitIds, []) AS unitId
                MATCH (l:%1$s {unitId: unitId})
                WHERE l.kind = kind AND l.scheme = scheme AND (years IS NULL OR l.year IN years)
                  AND (regions IS NULL OR any(region IN regions WHERE l.regionCode STARTS WITH region))
                RETURN l
              UNION ALL
                UNWIND CASE WHEN unitIds IS NULL THEN coalesce(regions, []) ELSE [] END AS region
                MATCH (r:Report) WHERE r.regionCode STARTS WITH region AND r.kind = kind
                  AND (years IS NULL OR r.year IN years)
                MATCH (r)-[:%2$s]->(l:%1$s)
                WHERE l.scheme = scheme
                RETURN l
              UNION ALL
                MATCH (l:%1$s)
                WHERE l.year IN CASE WHEN unitIds IS NULL AND regions IS NULL
                                     THEN coalesce(years, range(2000, 2100)) ELSE [] END
                  AND l.kind = kind AND l.scheme = scheme
                RETURN l
            }
            WITH side.name AS side, fund, l, l[$measure] AS fen
            WHERE fen IS NOT NULL AND CASE WHEN fund IS NULL THEN l.primary ELSE l.fund = fund END
              AND ($under IS NULL OR l.code STARTS WITH $under)
            """;

    /**
     * The finest lines, each with the subject it is grouped under and whether it is left out: a line coarser than
     * the level asked for only counts when rows are by subject, where it stands as its own row.
     */
    private static final String LINE_KEYS = """
              AND l.finest
            WITH side, l, fen, size(l.code) < $levelLength AS coarse
            WITH side, l, fen, coarse AND NOT $bySubject AS excluded,
                 CASE WHEN $bySubject THEN CASE WHEN coarse THEN l.code ELSE substring(l.code, 0, $levelLength) END END AS code,
            """;

    /** Every class total is a 类, the level it is used for, so none is coarse. */
    private static final String CLASS_TOTAL_KEYS = """
            WITH side, l, fen, CASE WHEN $bySubject THEN l.code END AS code,
            """;

    /** The other dimensions, which key a row only when it is grouped by them. */
    private static final String GROUP_COLUMNS = """
                 CASE WHEN $byUnit THEN l.unitId END AS unitId,
                 CASE WHEN $byRegion THEN l.regionCode END AS regionCode,
                 CASE WHEN $byYear THEN l.year END AS year
            """;

    /**
     * Sums with line and report counts, budgets (for execution rates) and the staff of a group that is one unit in
     * one year (for per-staff figures); the unit and year of a group are only tracked when a staff figure can apply.
     */
    private static final String LINE_ROLLUP = """
            WITH side, code, unitId, regionCode, year, l, fen, excluded,
                 CASE WHEN l.totalFen IS NOT NULL THEN coalesce(l.budgetAdjustedFen, l.budgetInitialFen) END AS budget,
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
                 collect(DISTINCT CASE WHEN NOT excluded THEN l.fund END) AS funds,
                 min(staffUnit) AS firstUnit, max(staffUnit) AS lastUnit, min(staffYear) AS firstYear, max(staffYear) AS lastYear
            WITH side, code, unitId, regionCode, year, fen, lineCount, excludedLines, distinctReports AS reportCount, funds,
            """;

    /**
     * {@link #LINE_ROLLUP} from class totals, which carry their lines' counts and budgets. A report has one total
     * per 类 and fund, so per subject the totals counted are the reports counted.
     */
    private static final String CLASS_TOTAL_ROLLUP = """
            WITH side, code, unitId, regionCode, year, l, fen,
                 CASE WHEN $bySubject THEN null ELSE l.reportId END AS distinctReport,
                 CASE WHEN $staff THEN l.unitId END AS staffUnit, CASE WHEN $staff THEN l.year END AS staffYear
            WITH side, code, unitId, regionCode, year,
                 sum(fen) AS fen, sum(l[$measureLines]) AS lineCount, count(*) AS totals,
                 count(DISTINCT distinctReport) AS distinctReports,
                 sum(l.executedFen) AS executed, sum(l.budgetedFen) AS budgeted, sum(l.budgetLines) AS budgetLines,
                 collect(DISTINCT l.fund) AS funds,
                 min(staffUnit) AS firstUnit, max(staffUnit) AS lastUnit, min(staffYear) AS firstYear, max(staffYear) AS lastYear
            WITH side, code, unitId, regionCode, year, fen, lineCount, 0 AS excludedLines,
                 CASE WHEN $bySubject THEN totals ELSE distinctReports END AS reportCount, funds,
            """;

    /**
     * Ends either roll-up: budgets only where some line had one; for a group of one unit and year, the staff its
     * reports of that year state and, when the group is the whole report ({@code $wholeReport}), the totals the
     * report states, so that per-staff figures divide what {@code Report.perStaff} divides.
     */
    private static final String ROLLUP_END = """
                 CASE WHEN budgetLines > 0 THEN executed END AS executed,
                 CASE WHEN budgetLines > 0 THEN budgeted END AS budgeted,
                 CASE WHEN firstUnit = lastUnit AND firstYear = lastYear THEN firstUnit END AS onlyUnit,
                 CASE WHEN firstUnit = lastUnit AND firstYear = lastYear THEN firstYear END AS onlyYear
            RETURN side, code, unitId, regionCode, year, fen, lineCount, excludedLines, reportCount, executed, budgeted,
                   funds, onlyUnit, onlyYear,
                   COLLECT { MATCH (r:Report) WHERE r.unitId = onlyUnit AND r.year = onlyYear AND r.staffStated
                             RETURN [r.kind, r.staffActual, r.staffAuthorized] } AS staff,
                   COLLECT { MATCH (r:Report)-[:HAS_FIGURE]->(f:Figure)
                             WHERE $wholeReport AND r.unitId = onlyUnit AND r.year = onlyYear AND r.kind = $kind
                               AND f.key IN $totalKeys
                             RETURN [f.key, f.basis, f.fund, f.year, f.amountFen] } AS statedTotals
            """;

    /**
     * The roll-up without report counts, budgets and staff, for requests that ask for none of them: per line it
     * evaluates a third of the expressions.
     */
    private static final String LINE_SUMS = """
            RETURN side, code, unitId, regionCode, year,
                   sum(CASE WHEN excluded THEN 0 ELSE fen END) AS fen,
                   count(CASE WHEN excluded THEN null ELSE 1 END) AS lineCount,
                   count(CASE WHEN excluded THEN 1 END) AS excludedLines,
                   0 AS reportCount, null AS executed, null AS budgeted,
                   collect(DISTINCT CASE WHEN NOT excluded THEN l.fund END) AS funds,
                   null AS onlyUnit, null AS onlyYear, [] AS staff, [] AS statedTotals
            """;

    private static final String CLASS_TOTAL_SUMS = """
            RETURN side, code, unitId, regionCode, year, sum(fen) AS fen, sum(l[$measureLines]) AS lineCount,
                   0 AS excludedLines, 0 AS reportCount, null AS executed, null AS budgeted, collect(DISTINCT l.fund) AS funds,
                   null AS onlyUnit, null AS onlyYear, [] AS staff, [] AS statedTotals
            """;

    /**
     * The roll-up of sides that name the nation or regions with totals at the level asked for, from the region
     * totals kept at import: one seek per side and region, and rows in proportion to the subjects, not to the
     * lines (see {@link RegionTotals}). The nation is the scope {@code ""}. Totals at the level asked for whose code is
     * shorter hold lines stated only at that coarser level, which are left out unless rows are by subject.
     */
    private static final String REGION_TOTAL_SUMS = """
            UNWIND $sides AS side
            UNWIND coalesce(side.regions, ['']) AS scope
            MATCH (t:RegionTotal)
            WHERE t.scope = scope AND t.level = $levelLength AND t.kind = side.kind AND t.scheme = side.scheme
              AND (side.years IS NULL OR t.year IN side.years)
              AND CASE WHEN side.fund IS NULL THEN t.primary ELSE t.fund = side.fund END
              AND ($under IS NULL OR t.code STARTS WITH $under)
            WITH side.name AS side, t, t[$measureLines] AS lines
            WHERE lines > 0
            WITH side, t, lines, size(t.code) < $levelLength AND NOT $bySubject AS excluded
            RETURN side, CASE WHEN $bySubject THEN t.code END AS code, null AS unitId, null AS regionCode,
                   CASE WHEN $byYear THEN t.year END AS year,
                   sum(CASE WHEN excluded THEN 0 ELSE t[$measure] END) AS fen,
                   sum(CASE WHEN excluded THEN 0 ELSE lines END) AS lineCount,
                   sum(CASE WHEN excluded THEN lines ELSE 0 END) AS excludedLines,
                   0 AS reportCount, null AS executed, null AS budgeted,
                   collect(DISTINCT CASE WHEN NOT excluded THEN t.fund END) AS funds,
                   null AS onlyUnit, null AS onlyYear, [] AS staff, [] AS statedTotals
            """;

    private static final int CLASS_LENGTH = 3;

    /** The figure keys of the totals a report states for each measure (see {@link ReportService#statedTotalFen}). */
    private static final List<String> TOTAL_KEYS = java.util.Arrays.stream(Measure.values())
            .map(ReportService::totalKey).distinct().toList();

    /**
     * What a roll-up sums, each giving the answer the lines give. The roll-up to 类 reads the per-report class
     * totals written at import, a fifth of the rows. A roll-up of regions the region totals cover (see
     * {@link RegionTotals#covers}) that asks for no report counts, budgets or staff, and is not by unit or region,
     * reads them: their rows do not grow with the lines.
     */
    enum Source {
        LINES("Line", "HAS_LINE", LINE_KEYS, LINE_ROLLUP, LINE_SUMS),
        CLASS_TOTALS("ClassTotal", "HAS_CLASS_TOTAL", CLASS_TOTAL_KEYS, CLASS_TOTAL_ROLLUP, CLASS_TOTAL_SUMS),
        REGION_TOTALS(null, REGION_TOTAL_SUMS);

        private final String rollup;
        private final String sums;

        Source(String label, String relationship, String keys, String rollup, String sums) {
            var grouped = ROWS_OF_SIDES.formatted(label, relationship) + keys + GROUP_COLUMNS;
            this.rollup = grouped + rollup + ROLLUP_END;
            this.sums = grouped + sums;
        }

        Source(String rollup, String sums) {
            this.rollup = rollup;
            this.sums = sums;
        }

        /** The cheapest source that answers the request exactly. */
        static Source answering(List<Map<String, Object>> sides, int levelLength, String under,
                                Set<Dimension> groupBy, boolean detail) {
            var regional = !detail && !groupBy.contains(Dimension.UNIT) && !groupBy.contains(Dimension.REGION)
                    && (under == null || under.length() <= levelLength)
                    && sides.stream().allMatch(side -> side.get("unitIds") == null
                    && (side.get("regions") == null || ((List<?>) side.get("regions")).stream()
                            .allMatch(region -> RegionTotals.covers((String) region, levelLength))));
            if (regional) {
                return REGION_TOTALS;
            }
            return levelLength == CLASS_LENGTH && (under == null || under.length() <= CLASS_LENGTH)
                    ? CLASS_TOTALS : LINES;
        }

        String statement(boolean detail) {
            if (detail && rollup == null) {
                throw new IllegalArgumentException(this + " keeps no report counts, budgets or staff");
            }
            return detail ? rollup : sums;
        }
    }

    private final Neo4jClient neo4j;

    private static int size(Object list) {
        return list instanceof Collection<?> values ? values.size() : 0;
    }

    RollupRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /**
     * @param sides     one map per side: name, scheme, kind, fund, years, unitIds, regions (nulls for no restriction)
     * @param measure   the line property holding the measure, e.g. {@code totalFen}
     * @param groupBy   the dimensions to group by
     * @param detail    whether report counts, budgets and staff are wanted; without them the sums cost less
     * @param wholeReport whether a group of one unit-year is its whole report (no subject, subtree or fund chosen),
     *                  so that the totals the report states are read with it
     */
    List<Aggregate> aggregate(List<Map<String, Object>> sides, String measure, int levelLength, String under,
                              Set<Dimension> groupBy, boolean detail, boolean wholeReport) {
        return aggregate(Source.answering(sides, levelLength, under, groupBy, detail), sides, measure, levelLength,
                under, groupBy, detail, wholeReport);
    }

    /** {@link #aggregate} from a given source, which must be able to answer it (tests hold the sources equal). */
    List<Aggregate> aggregate(Source source, List<Map<String, Object>> sides, String measure, int levelLength,
                              String under, Set<Dimension> groupBy, boolean detail, boolean wholeReport) {
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
        params.put("wholeReport", wholeReport);
        params.put("kind", sides.getFirst().get("kind"));
        params.put("totalKeys", TOTAL_KEYS);
        params.put("staff", sides.stream().allMatch(side ->
                (groupBy.contains(Dimension.UNIT) || size(side.get("unitIds")) == 1)
                        && (groupBy.contains(Dimension.YEAR) || size(side.get("years")) == 1)));
        return neo4j.query(source.statement(detail)).bindAll(params)
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
                        row.get("funds").asList(v -> Fund.valueOf(v.asString())),
                        row.get("onlyUnit").asString(null),
                        row.get("onlyYear").isNull() ? null : row.get("onlyYear").asInt(),
                        row.get("staff").asList(RollupRepository::statedStaff),
                        row.get("statedTotals").asList(RollupRepository::statedTotal)))
                .all().stream().toList();
    }

    /** One unit of a filter with one of its reports (year null: it has none), its lines and those that match. */
    record UnitReport(String unitId, Integer year, int lines, int matching, int figures) {
    }

    /**
     * Every reporting unit the side names (by id, or in its regions, or all; a 主管部门 known only by name publishes
     * nothing and is not one), with each of its reports of the side's kind and
     * years: how many lines of the scheme it states and how many of them a roll-up of the measure would sum.
     */
    List<UnitReport> gaps(Map<String, Object> side, String measure, String under) {
        var params = new HashMap<String, Object>(side);
        params.put("measure", measure);
        params.put("under", under);
        return neo4j.query("""
                        CALL () {
                            UNWIND coalesce($unitIds, []) AS id
                            MATCH (u:Unit {id: id})
                            RETURN u
                          UNION
                            UNWIND CASE WHEN $unitIds IS NULL THEN coalesce($regions, []) ELSE [] END AS region
                            MATCH (u:Unit) WHERE u.regionCode STARTS WITH region
                            RETURN u
                          UNION
                            MATCH (u:Unit) WHERE $unitIds IS NULL AND $regions IS NULL
                            RETURN u
                        }
                        WITH u WHERE ($regions IS NULL OR any(region IN $regions WHERE u.regionCode STARTS WITH region))
                          AND EXISTS { (u)-[:PUBLISHED]->(:Report) }
                        OPTIONAL MATCH (u)-[:PUBLISHED]->(r:Report)
                        WHERE r.kind = $kind AND ($years IS NULL OR r.year IN $years)
                        RETURN u.id AS unitId, r.year AS year,
                               COUNT { MATCH (r)-[:HAS_LINE]->(l:Line) WHERE l.scheme = $scheme } AS lines,
                               COUNT { MATCH (r)-[:HAS_LINE]->(l:Line)
                                       WHERE l.scheme = $scheme AND l.finest AND l[$measure] IS NOT NULL
                                         AND CASE WHEN $fund IS NULL THEN l.primary ELSE l.fund = $fund END
                                         AND ($under IS NULL OR l.code STARTS WITH $under) } AS matching,
                               COUNT { MATCH (r)-[:HAS_FIGURE]->(f:Figure) } AS figures
                        ORDER BY u.name, u.id, year
                        """)
                .bindAll(params)
                .fetchAs(UnitReport.class).mappedBy((types, row) -> new UnitReport(row.get("unitId").asString(),
                        row.get("year").isNull() ? null : row.get("year").asInt(), row.get("lines").asInt(),
                        row.get("matching").asInt(), row.get("figures").asInt()))
                .all().stream().toList();
    }

    private static PerStaff.StatedStaff statedStaff(Value row) {
        return new PerStaff.StatedStaff(ReportKind.valueOf(row.get(0).asString()), new Staff(integer(row.get(2)),
                integer(row.get(1)), null, null, List.of(), null, 0));
    }

    private static Figure statedTotal(Value row) {
        return new Figure(row.get(0).asString(), null, row.get(4).asLong(), Fund.valueOf(row.get(2).asString()),
                Basis.valueOf(row.get(1).asString()), row.get(3).asInt(), null, null);
    }

    private static Integer integer(Value value) {
        return value.isNull() ? null : value.asInt();
    }
}
