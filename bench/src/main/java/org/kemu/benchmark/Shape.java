package org.kemu.benchmark;

import java.util.List;
import java.util.Map;

/**
 * One benchmark query shape, as the three targets express it: kemu's GraphQL document, the plain Cypher that
 * computes the same answer (the engine floor), and the Neo4j GraphQL Library's equivalent. The plain Cypher reads
 * what kemu reads (lines through reports, class totals for one unit by 类, region totals for a province or the
 * nation), so the ratio between them is the cost of kemu's layer and of its general-purpose query, not of a
 * different plan.
 *
 * @param number    1–7, as in the brief; 0 is the fixed cost of a request that reads nothing
 * @param name      what the shape asks
 * @param graphql   kemu's document
 * @param variables kemu's variables
 * @param cypher    the raw Cypher
 * @param cypherParameters its parameters
 * @param answer    how to reduce an answer to comparable rows
 */
record Shape(int number, String name, String graphql, Map<String, Object> variables, String cypher,
             Map<String, Object> cypherParameters, Answer answer) {

    /** How answers of a shape are compared across targets. */
    enum Answer {
        /** Amounts by subject code (in 分). */
        AMOUNTS_BY_CODE,
        /** Amounts by side and subject code (in 分), for comparisons. */
        AMOUNTS_BY_SIDE_AND_CODE,
        /** The number of rows returned. */
        ROW_COUNT,
        /** The set of subject codes returned. */
        CODES,
        /** Only that an answer came: one row. */
        ANSWERED
    }

    static List<Shape> all(Parameters p) {
        return List.of(
                new Shape(0, "the fixed cost: { __typename }", """
                        { __typename }""", Map.of(), """
                        RETURN 1 AS answered""", Map.of(), Answer.ANSWERED),
                new Shape(1, "one report's lines by 项", """
                        query ($unitId: ID!, $year: Int!) {
                          report(unitId: $unitId, year: $year) { lines(level: ITEM) { subject { code name } amount } }
                        }""", Map.of("unitId", p.unitId(), "year", p.year()), """
                        MATCH (r:Report {id: $reportId})-[:HAS_LINE]->(l:Line)-[:OF_SUBJECT]->(s:Subject)
                        WHERE l.scheme = 'FUNCTION' AND l.level = 'ITEM' AND l.primary
                        RETURN s.code AS code, s.name AS name, l.totalFen AS fen ORDER BY code""",
                        Map.of("reportId", p.reportId()), Answer.AMOUNTS_BY_CODE),
                new Shape(2, "one unit's roll-up by 类 over 5 years", """
                        query ($unitId: ID!, $years: [Int!]) {
                          rollup(filter: {unitIds: [$unitId], years: $years}, level: CLASS) { subject { code name } amount }
                        }""", Map.of("unitId", p.unitId(), "years", p.years()),
                        """
                        MATCH (t:ClassTotal)
                        WHERE t.unitId = $unitId AND t.year IN $years AND t.kind = 'FINAL_ACCOUNT'
                          AND t.scheme = 'FUNCTION' AND t.primary
                        WITH t.code AS code, sum(t.totalFen) AS fen
                        MATCH (s:Subject {scheme: 'FUNCTION', code: code})
                        RETURN code, s.name AS name, fen ORDER BY code""",
                        Map.of("unitId", p.unitId(), "years", p.years()), Answer.AMOUNTS_BY_CODE),
                new Shape(3, "a province's roll-up by 款 for one year", """
                        query ($province: String!, $year: Int!) {
                          rollup(filter: {regionCodes: [$province], years: [$year]}, level: SECTION) { subject { code name } amount }
                        }""", Map.of("province", p.province(), "year", p.year()),
                        """
                        MATCH (t:RegionTotal)
                        WHERE t.scope = $province AND t.level = 5 AND t.kind = 'FINAL_ACCOUNT' AND t.scheme = 'FUNCTION'
                          AND t.year = $year AND t.primary AND t.totalFenLines > 0 AND size(t.code) = 5
                        WITH t.code AS code, sum(t.totalFen) AS fen
                        MATCH (s:Subject {scheme: 'FUNCTION', code: code})
                        RETURN code, s.name AS name, fen ORDER BY code""",
                        Map.of("province", p.province(), "year", p.year()), Answer.AMOUNTS_BY_CODE),
                new Shape(4, "the national roll-up by 类 for one year", """
                        query ($year: Int!) {
                          rollup(filter: {years: [$year]}, level: CLASS) { subject { code name } amount }
                        }""", Map.of("year", p.year()),
                        """
                        MATCH (t:RegionTotal)
                        WHERE t.scope = '' AND t.level = 3 AND t.kind = 'FINAL_ACCOUNT' AND t.scheme = 'FUNCTION'
                          AND t.year = $year AND t.primary AND t.totalFenLines > 0
                        WITH t.code AS code, sum(t.totalFen) AS fen
                        MATCH (s:Subject {scheme: 'FUNCTION', code: code})
                        RETURN code, s.name AS name, fen ORDER BY code""", Map.of("year", p.year()), Answer.AMOUNTS_BY_CODE),
                new Shape(5, "compare two counties by 项", """
                        query ($a: String!, $b: String!, $year: Int!) {
                          compare(left: {regionCodes: [$a], years: [$year]}, right: {regionCodes: [$b], years: [$year]},
                                  level: ITEM) { subject { code name } left right }
                        }""", Map.of("a", p.countyA(), "b", p.countyB(), "year", p.year()), """
                        UNWIND [['left', $a], ['right', $b]] AS side
                        MATCH (r:Report)
                        WHERE r.regionCode STARTS WITH side[1] AND r.kind = 'FINAL_ACCOUNT' AND r.year = $year
                        MATCH (r)-[:HAS_LINE]->(l:Line)
                        WHERE l.scheme = 'FUNCTION' AND l.finest AND l.primary AND size(l.code) >= 7
                        WITH side[0] AS side, substring(l.code, 0, 7) AS code, sum(l.totalFen) AS fen
                        MATCH (s:Subject {scheme: 'FUNCTION', code: code})
                        RETURN side, code, s.name AS name, fen ORDER BY code, side""",
                        Map.of("a", p.countyA(), "b", p.countyB(), "year", p.year()), Answer.AMOUNTS_BY_SIDE_AND_CODE),
                new Shape(6, "glossary search", """
                        query ($search: String!) {
                          glossary(search: $search, first: 20) { totalCount edges { node { statedTerm text term { name } } } }
                        }""", Map.of("search", p.search()), """
                        CALL () {
                          MATCH (d:Definition) WHERE d.searchText CONTAINS $search RETURN d
                          UNION
                          MATCH (term:Term) WHERE term.searchName CONTAINS $search
                          MATCH (d:Definition)-[:DEFINES]->(term) RETURN d
                        }
                        MATCH (d)-[:DEFINES]->(t:Term)
                        RETURN d.statedTerm AS statedTerm, d.text AS text, t.name AS term
                        ORDER BY t.name, d.reportId, d.position LIMIT 20""",
                        Map.of("search", p.search()), Answer.ROW_COUNT),
                new Shape(7, "the subject tree under 208 with descendants", """
                        {
                          subject(code: "208") { code name descendants { code name } }
                        }""", Map.of(), """
                        MATCH (s:Subject {scheme: 'FUNCTION', code: '208'})
                        OPTIONAL MATCH (d:Subject)-[:PARENT*1..2]->(s)
                        WITH s, d ORDER BY d.code
                        RETURN s.code AS code, s.name AS name, collect(d {.code, .name}) AS descendants""",
                        Map.of(), Answer.CODES));
    }
}
