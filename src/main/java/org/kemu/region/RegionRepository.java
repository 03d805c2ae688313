package org.kemu.region;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** Reads and writes {@code :Region} nodes. */
@Repository
class RegionRepository {

    private static final String RETURN_REGION = " RETURN r.code AS code, r.name AS name, r.level AS level, r.path AS path";

    private final Neo4jClient neo4j;

    RegionRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    List<Region> findByCodes(Collection<String> codes) {
        return neo4j.query("MATCH (r:Region) WHERE r.code IN $codes" + RETURN_REGION + " ORDER BY r.code")
                .bind(List.copyOf(codes)).to("codes")
                .fetchAs(Region.class).mappedBy((types, row) -> map(row))
                .all().stream().toList();
    }

    List<Region> findAll() {
        return neo4j.query("MATCH (r:Region)" + RETURN_REGION)
                .fetchAs(Region.class).mappedBy((types, row) -> map(row))
                .all().stream().toList();
    }

    List<Region> findChildren(Collection<String> parentCodes) {
        return neo4j.query("""
                        MATCH (r:Region)-[:PARENT]->(p:Region) WHERE p.code IN $codes
                        """ + RETURN_REGION + " ORDER BY r.code")
                .bind(List.copyOf(parentCodes)).to("codes")
                .fetchAs(Region.class).mappedBy((types, row) -> map(row))
                .all().stream().toList();
    }

    List<Region> findByLevel(String level) {
        return neo4j.query("MATCH (r:Region {level: $level})" + RETURN_REGION + " ORDER BY r.code")
                .bind(level).to("level")
                .fetchAs(Region.class).mappedBy((types, row) -> map(row))
                .all().stream().toList();
    }

    List<Region> findProvinces() {
        return neo4j.query("MATCH (r:Region {level: 'province'})" + RETURN_REGION + " ORDER BY r.code")
                .fetchAs(Region.class).mappedBy((types, row) -> map(row))
                .all().stream().toList();
    }

    /**
     * One region past the list's cap of 500 (the schema's description of {@code regions}), so that the server
     * sees the list was longer and says it was cut instead of silently returning 500.
     */
    List<Region> search(String parentCode, String fragment) {
        return neo4j.query("""
                        MATCH (r:Region)
                        WHERE r.name CONTAINS $fragment AND ($parent IS NULL OR r.code STARTS WITH $parent)
                        """ + RETURN_REGION + " ORDER BY r.code LIMIT 501")
                .bind(fragment).to("fragment")
                .bind(parentCode).to("parent")
                .fetchAs(Region.class).mappedBy((types, row) -> map(row))
                .all().stream().toList();
    }

    /** Merges regions by code in code order and links each to its parent. */
    void upsert(List<Map<String, Object>> rows) {
        neo4j.query("""
                        UNWIND $rows AS row
                        MERGE (r:Region {code: row.code})
                        SET r.name = row.name, r.level = row.level, r.path = row.path, r.source = row.source
                        """)
                .bind(rows).to("rows").run();
        neo4j.query("""
                        UNWIND $rows AS row
                        WITH row WHERE row.parent IS NOT NULL
                        MATCH (r:Region {code: row.code}), (p:Region {code: row.parent})
                        MERGE (r)-[:PARENT]->(p)
                        """)
                .bind(rows).to("rows").run();
    }

    private static Region map(org.neo4j.driver.Record row) {
        return new Region(row.get("code").asString(), row.get("name").asString(), row.get("level").asString(),
                row.get("path").asString(null));
    }
}
