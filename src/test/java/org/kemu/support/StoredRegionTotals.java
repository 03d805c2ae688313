package org.kemu.support;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Every region total the database holds, by its identity (scope, year, kind, scheme, fund, primary, level, code),
 * with all its properties: for comparing states of the totals.
 */
public final class StoredRegionTotals {

    /** The properties that identify a region total (its uniqueness constraint). */
    public static final List<String> IDENTITY = List.of("scope", "year", "kind", "scheme", "fund", "primary", "level",
            "code");

    private StoredRegionTotals() {
    }

    public static Map<String, Map<String, Object>> of(Neo4jClient neo4j) {
        var totals = new TreeMap<String, Map<String, Object>>();
        neo4j.query("MATCH (t:RegionTotal) RETURN properties(t) AS properties").fetch().all()
                .forEach(row -> {
                    @SuppressWarnings("unchecked")
                    var properties = (Map<String, Object>) row.get("properties");
                    totals.put(key(properties), properties);
                });
        return totals;
    }

    /** A total's identity as one readable key. */
    public static String key(Map<String, Object> total) {
        return IDENTITY.stream().map(name -> String.valueOf(total.get(name))).collect(Collectors.joining("|"));
    }
}
