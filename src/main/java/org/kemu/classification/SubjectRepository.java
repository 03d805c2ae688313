package org.kemu.classification;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** Reads and writes {@code :Subject} nodes. */
@Repository
class SubjectRepository {

    private static final String RETURN_SUBJECT = """
            RETURN s.scheme AS scheme, s.code AS code, s.name AS name, s.path AS path, s.source AS source,
                   s.formerNames AS formerNames, s.formerFrom AS formerFrom, s.formerTo AS formerTo
            """;

    private final Neo4jClient neo4j;

    SubjectRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    List<Subject> findAll(Scheme scheme) {
        return neo4j.query("MATCH (s:Subject {scheme: $scheme})" + RETURN_SUBJECT + " ORDER BY s.code")
                .bind(scheme.name()).to("scheme")
                .fetchAs(Subject.class).mappedBy((types, row) -> map(row.get("scheme"), row))
                .all().stream().toList();
    }

    List<Subject> findByKeys(Collection<SubjectKey> keys) {
        var params = keys.stream().map(k -> Map.of("scheme", k.scheme().name(), "code", k.code())).toList();
        return neo4j.query("""
                        UNWIND $keys AS key
                        MATCH (s:Subject {scheme: key.scheme, code: key.code})
                        """ + RETURN_SUBJECT)
                .bind(params).to("keys")
                .fetchAs(Subject.class).mappedBy((types, row) -> map(row.get("scheme"), row))
                .all().stream().toList();
    }

    /** The subjects whose code starts with one of the prefixes and is longer, down to maxLength digits. */
    List<Subject> findBelow(Scheme scheme, Collection<String> prefixes, int maxLength) {
        return neo4j.query("""
                        UNWIND $prefixes AS prefix
                        MATCH (s:Subject {scheme: $scheme})
                        WHERE s.code STARTS WITH prefix AND size(s.code) > size(prefix) AND size(s.code) <= $maxLength
                        """ + RETURN_SUBJECT + " ORDER BY s.code")
                .bindAll(Map.of("scheme", scheme.name(), "prefixes", List.copyOf(prefixes), "maxLength", maxLength))
                .fetchAs(Subject.class).mappedBy((types, row) -> map(row.get("scheme"), row))
                .all().stream().distinct().toList();
    }

    /**
     * One page of subjects in code order. {@code search} matches a code prefix or any part of the current or a
     * former name.
     */
    List<Subject> findPage(Scheme scheme, Integer codeLength, String search, String afterCode, int limit) {
        var params = new java.util.HashMap<String, Object>();
        params.put("scheme", scheme.name());
        params.put("codeLength", codeLength);
        params.put("search", search);
        params.put("after", afterCode);
        params.put("limit", limit);
        return neo4j.query("""
                        MATCH (s:Subject {scheme: $scheme})
                        WHERE ($codeLength IS NULL OR size(s.code) = $codeLength)
                          AND ($after IS NULL OR s.code > $after)
                          AND ($search IS NULL OR s.code STARTS WITH $search OR s.name CONTAINS $search
                               OR any(n IN s.formerNames WHERE n CONTAINS $search))
                        """ + RETURN_SUBJECT + " ORDER BY s.code LIMIT $limit")
                .bindAll(params)
                .fetchAs(Subject.class).mappedBy((types, row) -> map(row.get("scheme"), row))
                .all().stream().toList();
    }

    int count(Scheme scheme, Integer codeLength, String search) {
        var params = new java.util.HashMap<String, Object>();
        params.put("scheme", scheme.name());
        params.put("codeLength", codeLength);
        params.put("search", search);
        return neo4j.query("""
                        MATCH (s:Subject {scheme: $scheme})
                        WHERE ($codeLength IS NULL OR size(s.code) = $codeLength)
                          AND ($search IS NULL OR s.code STARTS WITH $search OR s.name CONTAINS $search
                               OR any(n IN s.formerNames WHERE n CONTAINS $search))
                        RETURN count(s) AS n
                        """)
                .bindAll(params)
                .fetchAs(Integer.class).mappedBy((types, row) -> row.get("n").asInt())
                .one().orElse(0);
    }

    /**
     * Merges subjects by (scheme, code) and then links each to its parent, whose code is its prefix. Two
     * statements, so that every parent exists before any child looks for it.
     */
    void upsert(Scheme scheme, List<Map<String, Object>> rows) {
        neo4j.query("""
                        UNWIND $rows AS row
                        MERGE (s:Subject {scheme: $scheme, code: row.code})
                        SET s.name = row.name, s.level = row.level, s.source = row.source, s.path = row.path,
                            s.formerNames = row.formerNames, s.formerFrom = row.formerFrom, s.formerTo = row.formerTo
                        """)
                .bindAll(Map.of("scheme", scheme.name(), "rows", rows))
                .run();
        neo4j.query("""
                        UNWIND $rows AS row
                        WITH row WHERE row.parent IS NOT NULL
                        MATCH (s:Subject {scheme: $scheme, code: row.code}), (p:Subject {scheme: $scheme, code: row.parent})
                        MERGE (s)-[:PARENT]->(p)
                        """)
                .bindAll(Map.of("scheme", scheme.name(), "rows", rows))
                .run();
    }

    private static Subject map(Value scheme, org.neo4j.driver.Record row) {
        var names = row.get("formerNames").asList(Value::asString, List.of());
        var from = row.get("formerFrom").asList(Value::asInt, List.of());
        var to = row.get("formerTo").asList(Value::asInt, List.of());
        var former = new ArrayList<FormerName>(names.size());
        for (int i = 0; i < names.size(); i++) {
            former.add(new FormerName(names.get(i), yearOrNull(from, i), yearOrNull(to, i)));
        }
        return new Subject(Scheme.valueOf(scheme.asString()), row.get("code").asString(), row.get("name").asString(),
                List.copyOf(former), row.get("path").asString(null), row.get("source").asString(null));
    }

    /** Neo4j lists cannot hold nulls: an unknown year is stored as 0. */
    private static Integer yearOrNull(List<Integer> years, int index) {
        return index < years.size() && years.get(index) != 0 ? years.get(index) : null;
    }
}
