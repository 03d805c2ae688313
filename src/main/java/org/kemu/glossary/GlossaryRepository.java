package org.kemu.glossary;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.kemu.classification.Scheme;
import org.kemu.classification.SubjectKey;
import org.neo4j.driver.types.MapAccessor;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** Reads terms and definitions. */
@Repository
class GlossaryRepository {

    private static final String RETURN_TERM = """
             RETURN t.key AS key, t.name AS name, t.subjectScheme AS subjectScheme, t.subjectCode AS subjectCode,
                    size(COLLECT { MATCH (t)<-[:DEFINES]-(v:Definition) RETURN DISTINCT v.textKey }) AS variants
            """;
    private static final String RETURN_DEFINITION = """
             RETURN d.reportId + '#' + d.position AS id, d.reportId AS reportId, d.termKey AS termKey,
                    d.statedTerm AS statedTerm, d.number AS number, d.position AS position, d.text AS text
            """;
    private static final String ALL = """
            MATCH (d:Definition)-[:DEFINES]->(t:Term)
            """;
    /**
     * The definitions whose text or term contains the needle, each found through the text index on its property
     * (GraphSchema): the predicate is the same CONTAINS, the index only spares reading every definition.
     */
    private static final String CONTAINING = """
            CALL () {
              MATCH (d:Definition) WHERE d.searchText CONTAINS $needle RETURN d
              UNION
              MATCH (term:Term) WHERE term.searchName CONTAINS $needle
              MATCH (d:Definition)-[:DEFINES]->(term) RETURN d
            }
            MATCH (d)-[:DEFINES]->(t:Term)
            """;
    private static final String FILTERS = """
            WHERE ($subjectCode IS NULL OR t.subjectCode = $subjectCode)
              AND ($unitId IS NULL OR d.unitId = $unitId)
              AND ($year IS NULL OR d.year = $year)
            """;

    private final Neo4jClient neo4j;

    GlossaryRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /**
     * One page of the definitions matching a search, how many match in all, and the terms of the page's
     * definitions when they were asked for (else empty).
     */
    record SearchPage(List<Definition> definitions, int total, List<Term> terms) {
    }

    /**
     * Definitions matching a search, exact term matches first, then terms containing it, then texts containing
     * it: the page and the total from one pass over the matches, and with {@code withTerms} the page's terms too,
     * so that a page showing its terms costs one statement.
     */
    SearchPage search(String needle, String subjectCode, String unitId, Integer year, int offset, int limit,
                      boolean withTerms) {
        var params = searchParams(needle, subjectCode, unitId, year);
        params.put("offset", offset);
        params.put("limit", limit);
        params.put("withTerms", withTerms);
        return neo4j.query((needle == null ? ALL : CONTAINING) + FILTERS + """
                        WITH d, t, CASE WHEN $needle IS NULL THEN 0
                                        WHEN t.searchName = $needle OR d.termSearch = $needle THEN 0
                                        WHEN t.searchName CONTAINS $needle OR d.termSearch CONTAINS $needle THEN 1
                                        ELSE 2 END AS rank
                        ORDER BY rank, t.name, d.reportId, d.position
                        WITH collect({d: d, t: t}) AS matches
                        WITH size(matches) AS total, matches[$offset..($offset + $limit)] AS page
                        RETURN total,
                               [m IN page | {id: m.d.reportId + '#' + m.d.position, reportId: m.d.reportId,
                                             termKey: m.d.termKey, statedTerm: m.d.statedTerm, number: m.d.number,
                                             position: m.d.position, text: m.d.text}] AS page,
                               COLLECT { UNWIND CASE WHEN $withTerms THEN page ELSE [] END AS m
                                         WITH DISTINCT m.t AS t
                                         RETURN t {.key, .name, .subjectScheme, .subjectCode,
                                                   variants: size(COLLECT { MATCH (t)<-[:DEFINES]-(v:Definition)
                                                                            RETURN DISTINCT v.textKey })} } AS terms
                        """)
                .bindAll(params)
                .fetchAs(SearchPage.class).mappedBy((types, row) -> new SearchPage(
                        row.get("page").asList(GlossaryRepository::definition), row.get("total").asInt(),
                        row.get("terms").asList(GlossaryRepository::term)))
                .one().orElseThrow();
    }

    /** The term with this canonical key, or named so, or worded so by any report. */
    List<Term> findTerm(String key, String folded) {
        return neo4j.query("""
                        MATCH (t:Term)
                        WHERE t.key = $key OR t.searchName = $folded
                           OR EXISTS { MATCH (t)<-[:DEFINES]-(d:Definition) WHERE d.termSearch = $folded }
                        WITH t ORDER BY CASE WHEN t.key = $key THEN 0 WHEN t.searchName = $folded THEN 1 ELSE 2 END,
                                        t.subjectCode
                        LIMIT 1
                        """ + RETURN_TERM)
                .bind(key).to("key").bind(folded).to("folded")
                .fetchAs(Term.class).mappedBy((types, row) -> term(row)).all().stream().toList();
    }

    List<Term> findTerms(Collection<String> keys) {
        return neo4j.query("MATCH (t:Term) WHERE t.key IN $keys" + RETURN_TERM)
                .bind(List.copyOf(keys)).to("keys")
                .fetchAs(Term.class).mappedBy((types, row) -> term(row)).all().stream().toList();
    }

    List<Definition> definitionsOfTerms(Collection<String> keys) {
        return neo4j.query("""
                        MATCH (d:Definition) WHERE d.termKey IN $keys
                        WITH d ORDER BY d.year DESC, d.reportId, d.position
                        """ + RETURN_DEFINITION)
                .bind(List.copyOf(keys)).to("keys")
                .fetchAs(Definition.class).mappedBy((types, row) -> definition(row)).all().stream().toList();
    }

    List<Definition> definitionsOfReports(Collection<String> reportIds) {
        return neo4j.query("""
                        MATCH (d:Definition) WHERE d.reportId IN $ids
                        WITH d ORDER BY d.reportId, d.position
                        """ + RETURN_DEFINITION)
                .bind(List.copyOf(reportIds)).to("ids")
                .fetchAs(Definition.class).mappedBy((types, row) -> definition(row)).all().stream().toList();
    }

    private static Map<String, Object> searchParams(String needle, String subjectCode, String unitId, Integer year) {
        var params = new HashMap<String, Object>();
        params.put("needle", needle);
        params.put("subjectCode", subjectCode);
        params.put("unitId", unitId);
        params.put("year", year);
        return params;
    }

    private static Term term(MapAccessor row) {
        var scheme = row.get("subjectScheme");
        var subject = scheme.isNull() ? null
                : new SubjectKey(Scheme.valueOf(scheme.asString()), row.get("subjectCode").asString());
        return new Term(row.get("key").asString(), row.get("name").asString(), subject, row.get("variants").asInt());
    }

    private static Definition definition(MapAccessor row) {
        return new Definition(row.get("id").asString(), row.get("reportId").asString(), row.get("termKey").asString(),
                row.get("statedTerm").asString(), row.get("number").asString(null), row.get("position").asInt(),
                row.get("text").asString());
    }

}
