package org.kemu.explore;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kemu.support.KemuIntegrationTest;
import org.kemu.support.SeedUnit;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page's queries against the limits a public deployment keeps: each runs without errors on the seed, and a
 * visitor who opens every view once spends a small part of one minute's budget of an address (20,000,000 points
 * by default). Costs are read from {@code X-Query-Cost}, each request from an address of its own.
 */
@KemuIntegrationTest
class ExploreQueriesIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final long DEFAULT_BUDGET = 20_000_000;

    @LocalServerPort
    int port;

    @Test
    void everyViewCostsLittleOfAMinutesBudget() throws Exception {
        var yanchi = SeedUnit.YANCHI.id();
        var filter = Map.of("unitIds", List.of(yanchi), "years", List.of(2024));
        var variables = Map.<String, Map<String, ?>>ofEntries(
                Map.entry("ExploreUnits", Map.of("search", "社会保险")),
                Map.entry("ExploreFind", Map.of("search", "五通桥")),
                Map.entry("ExploreRegions", Map.of("parentCode", "51")),
                Map.entry("ExploreRegion", Map.of("code", "51")),
                Map.entry("ExploreUnit", Map.of("id", yanchi)),
                Map.entry("ExploreSpending", Map.of("unitId", yanchi, "year", 2024, "unit", "YUAN")),
                Map.entry("ExploreGlossary", Map.of("code", "2080109")),
                Map.entry("ExploreCompare", Map.of("left", filter, "right",
                        Map.of("unitIds", List.of(SeedUnit.WUTONGQIAO.id()), "years", List.of(2024)), "level", "ITEM")),
                Map.entry("ExploreRegionRollup", Map.of("filter", Map.of("regionCodes", List.of("51"), "years",
                        List.of(2024)), "level", "SECTION")),
                Map.entry("ExploreYears", Map.of("unitId", yanchi, "filter", Map.of("unitIds", List.of(yanchi)))),
                Map.entry("ExploreProjects", Map.of("unitId", yanchi, "year", 2024)));
        var queries = PageQueries.load();
        assertThat(queries.keySet()).containsExactlyInAnyOrderElementsOf(variables.keySet());
        var costs = new LinkedHashMap<String, Long>();
        var client = 0;
        for (var query : queries.entrySet()) {
            var body = JSON.writeValueAsString(Map.of("query", query.getValue(), "variables", variables.get(query.getKey())));
            var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                    .header("Content-Type", "application/json").header("X-Forwarded-For", "192.0.2." + (++client))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            var response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(JSON.readTree(response.body()).has("errors")).as(query.getKey() + ": " + response.body()).isFalse();
            costs.put(query.getKey(), Long.parseLong(response.headers().firstValue("X-Query-Cost").orElseThrow()));
        }
        assertThat(costs).as("costs").allSatisfy((name, cost) -> assertThat(cost).as(name).isLessThan(1_000_000));
        assertThat(costs.values().stream().mapToLong(Long::longValue).sum()).as("every view once, %s", costs)
                .isLessThan(DEFAULT_BUDGET / 10);
    }
}
