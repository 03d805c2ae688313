package org.kemu.performance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.kemu.report.ReportMapping;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** Reads projects with their funds and indicators. Every method is one Cypher statement. */
@Repository
class PerformanceRepository {

    private static final String RETURN_PROJECT = """
            RETURN r, p,
                   COLLECT { MATCH (p)-[:HAS_FUND]->(f) RETURN f ORDER BY f.position } AS funds,
                   COLLECT { MATCH (p)-[:HAS_INDICATOR]->(i) RETURN i ORDER BY i.position } AS indicators
            """;

    /**
     * Projects of any kind of report matching the filter, in the given order: the matches are counted and the
     * page cut from them in the same statement. {@code missed} and {@code scoredFull} test one indicator together.
     */
    private static final String PAGE = """
            MATCH (r:Report)-[:HAS_PROJECT]->(p:Project)
            WHERE ($unitIds IS NULL OR r.unitId IN $unitIds)
              AND ($regions IS NULL OR any(code IN $regions WHERE r.regionCode STARTS WITH code))
              AND ($years IS NULL OR r.year IN $years)
              AND ($kinds IS NULL OR r.kind IN $kinds)
              AND ($scope IS NULL OR p.scope = $scope)
              AND ($search IS NULL OR p.name CONTAINS $search)
              AND ($minScore IS NULL OR p.scoreValue >= $minScore)
              AND ($maxScore IS NULL OR p.scoreValue <= $maxScore)
              AND CASE
                    WHEN $missed IS NULL THEN $scoredFull IS NULL
                         OR EXISTS { MATCH (p)-[:HAS_INDICATOR]->(i) WHERE i.scoredFull = $scoredFull }
                    WHEN $missed THEN EXISTS { MATCH (p)-[:HAS_INDICATOR]->(i)
                                               WHERE i.met = false AND ($scoredFull IS NULL OR i.scoredFull = $scoredFull) }
                    ELSE NOT EXISTS { MATCH (p)-[:HAS_INDICATOR]->(i) WHERE i.met = false }
                         AND ($scoredFull IS NULL
                              OR EXISTS { MATCH (p)-[:HAS_INDICATOR]->(i) WHERE i.scoredFull = $scoredFull })
                  END
            WITH r, p ORDER BY %s
            WITH collect([r, p]) AS matched
            WITH size(matched) AS total, matched[$offset..$offset + $limit] AS page
            UNWIND CASE WHEN page = [] THEN [[null, null]] ELSE page END AS row
            WITH total, row[0] AS r, row[1] AS p
            """ + RETURN_PROJECT + ", total";

    private final Neo4jClient neo4j;

    PerformanceRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    List<Project> findByReports(Collection<String> reportIds) {
        return neo4j.query("MATCH (r:Report)-[:HAS_PROJECT]->(p:Project) WHERE r.id IN $ids\n" + RETURN_PROJECT
                        + "ORDER BY r.id, p.position")
                .bind(List.copyOf(reportIds)).to("ids")
                .fetchAs(Project.class).mappedBy((types, row) -> project(row)).all().stream().toList();
    }

    /** A page of matching projects (up to {@code limit}) after {@code offset}, and how many match in all. */
    Page findPage(Map<String, Object> filter, ProjectOrder order, int offset, int limit) {
        var params = new HashMap<>(filter);
        params.put("offset", offset);
        params.put("limit", limit);
        var projects = new ArrayList<Project>();
        var total = new int[1];
        neo4j.query(PAGE.formatted(order.cypher())).bindAll(params)
                .fetchAs(Record.class).mappedBy((types, row) -> row).all()
                .forEach(row -> {
                    total[0] = row.get("total").asInt();
                    if (!row.get("p").isNull()) {
                        projects.add(project(row));
                    }
                });
        return new Page(projects, total[0]);
    }

    record Page(List<Project> projects, int total) {
    }

    private static Project project(Record row) {
        var r = row.get("r");
        var p = row.get("p");
        var funds = row.get("funds").asList(f -> new Project.ProjectFund(f.get("label").asString(),
                fen(f.get("budgetInitialFen")), fen(f.get("budgetAdjustedFen")), fen(f.get("executedFen")),
                f.get("executionRate").asString(null)));
        var indicators = row.get("indicators").asList(PerformanceRepository::indicator);
        var reportId = r.get("id").asString();
        var indicatorWeight = decimal(p.get("indicatorWeight"));
        var indicatorScore = decimal(p.get("indicatorScore"));
        var executionWeight = decimal(p.get("executionWeight"));
        var executionScore = decimal(p.get("executionScore"));
        return new Project(reportId + "#" + p.get("position").asInt(), reportId, r.get("unitId").asString(),
                ProjectScope.valueOf(p.get("scope").asString()), p.get("code").asString(null),
                p.get("name").asString(), p.get("department").asString(null), p.get("implementer").asString(null),
                p.get("period").asString(null), fen(p.get("budgetInitialFen")), fen(p.get("budgetAdjustedFen")),
                fen(p.get("executedFen")), p.get("executionRate").asString(null), executionWeight, executionScore,
                p.get("executionNote").asString(null), indicatorWeight, indicatorScore,
                ProjectScores.of(decimal(p.get("score")), decimal(p.get("maxScore")), indicatorWeight, indicatorScore,
                        executionWeight, executionScore),
                funds, p.get("goal").asString(null), p.get("result").asString(null), indicators,
                ReportMapping.source(r, p));
    }

    private static Project.Indicator indicator(Value i) {
        var target = i.get("target").asString(null);
        var actual = i.get("actual").asString(null);
        var weight = decimal(i.get("weight"));
        var score = decimal(i.get("score"));
        return new Project.Indicator(i.get("category").asString(null), i.get("subcategory").asString(null),
                i.get("name").asString(), target, actual, weight, score, i.get("note").asString(null),
                IndicatorReading.of(target, actual, weight, score));
    }

    private static Long fen(Value value) {
        return value == null || value.isNull() ? null : value.asLong();
    }

    private static BigDecimal decimal(Value value) {
        return value == null || value.isNull() ? null : new BigDecimal(value.asString());
    }
}
