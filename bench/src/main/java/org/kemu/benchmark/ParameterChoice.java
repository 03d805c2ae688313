package org.kemu.benchmark;

import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.IntStream;

import org.kemu.region.Region;
import org.kemu.synthetic.SyntheticDataset;
import org.neo4j.driver.Driver;

/** Chooses the benchmark's arguments from what is loaded. */
final class ParameterChoice {

    private static final int YEAR = 2024;
    private static final String SEARCH = "社会保险";

    private ParameterChoice() {
    }

    /**
     * The province with the most generated counties among those holding no real report (so the generator alone
     * knows the right totals), its first two counties, and the first synthetic unit of the first county.
     */
    static Parameters choose(Driver driver, SyntheticDataset dataset) {
        var realRegions = new HashSet<String>(driver.executableQuery("""
                        MATCH (r:Report) WHERE NOT r.sourceDocument STARTS WITH 'synthetic-'
                        MATCH (u:Unit {id: r.unitId})
                        RETURN DISTINCT u.regionCode AS region""").execute().records().stream()
                .map(r -> r.get("region").asString()).toList());
        var byProvince = new LinkedHashMap<String, List<Region>>();
        for (var county : dataset.counties()) {
            var province = county.code().substring(0, 2);
            if (realRegions.stream().noneMatch(r -> r.startsWith(province) || province.startsWith(r))) {
                byProvince.computeIfAbsent(province, p -> new java.util.ArrayList<>()).add(county);
            }
        }
        var province = byProvince.entrySet().stream().filter(e -> e.getValue().size() >= 2)
                .max(Comparator.comparingInt(e -> e.getValue().size()))
                .orElseThrow(() -> new IllegalStateException("no province with two generated counties and no real report"));
        var countyA = province.getValue().get(0).code();
        var countyB = province.getValue().get(1).code();
        var unit = driver.executableQuery("""
                        MATCH (u:Unit {regionCode: $county})-[:PUBLISHED]->(r:Report {year: $year, kind: 'FINAL_ACCOUNT'})
                        RETURN u.id AS id, u.name AS name, r.id AS reportId ORDER BY u.name LIMIT 1""")
                .withParameters(java.util.Map.of("county", countyA, "year", YEAR)).execute().records().getFirst();
        var years = IntStream.rangeClosed(YEAR - 4, YEAR).boxed().toList();
        return new Parameters(unit.get("id").asString(), unit.get("name").asString(), unit.get("reportId").asString(),
                countyA, countyB, province.getKey(), YEAR, years, SEARCH);
    }
}
