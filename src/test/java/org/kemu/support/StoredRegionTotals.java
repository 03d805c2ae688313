package org.kemu.support;

import java.util.Map;
import java.util.TreeMap;

import org.springframework.data.neo4j.core.Neo4jClient;

/** Every region total the database holds, by key, with all its properties: for comparing states of the totals. */
public final class StoredRegionTotals {

    private StoredRegionTotals() {
    }

    public static Map<String, Map<String, Object>> of(Neo4jClient neo4j) {
        var totals = new TreeMap<String, Map<String, Object>>();
        neo4j.query("MATCH (t:RegionTotal) RETURN t.key AS key, properties(t) AS properties").fetch().all()
                .forEach(row -> {
                    @SuppressWarnings("unchecked")
                    var properties = (Map<String, Object>) row.get("properties");
                    totals.put((String) row.get("key"), properties);
                });
        return totals;
    }
}
