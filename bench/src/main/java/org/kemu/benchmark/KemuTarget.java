package org.kemu.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** kemu's GraphQL endpoint, over HTTP as a portal would call it. */
final class KemuTarget implements Target {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http;
    private final URI endpoint;

    KemuTarget(HttpClient http, URI endpoint) {
        this.http = http;
        this.endpoint = endpoint;
    }

    @Override
    public String name() {
        return "kemu GraphQL";
    }

    @Override
    public boolean supports(Shape shape) {
        return true;
    }

    @Override
    public Map<String, Long> answer(Shape shape) throws Exception {
        var data = post(shape.graphql(), shape.variables());
        var rows = new TreeMap<String, Long>();
        switch (shape.number()) {
            case 0 -> rows.put("rows", data.has("__typename") ? 1L : 0L);
            case 1 -> data.get("report").get("lines").forEach(l -> rows.put(code(l), fen(l.get("amount"))));
            case 2, 3, 4 -> data.get("rollup").forEach(r -> rows.put(code(r), fen(r.get("amount"))));
            case 5 -> data.get("compare").forEach(r -> {
                if (!r.get("left").isNull()) {
                    rows.put("left:" + code(r), fen(r.get("left")));
                }
                if (!r.get("right").isNull()) {
                    rows.put("right:" + code(r), fen(r.get("right")));
                }
            });
            case 6 -> rows.put("rows", (long) data.get("glossary").get("edges").size());
            case 7 -> data.get("subject").get("descendants").forEach(d -> rows.put(d.get("code").asString(), 1L));
            default -> throw new IllegalArgumentException("no shape " + shape.number());
        }
        return rows;
    }

    private JsonNode post(String query, Map<String, Object> variables) throws Exception {
        var body = JSON.writeValueAsString(Map.of("query", query, "variables", variables));
        var request = HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        var response = http.send(request, HttpResponse.BodyHandlers.ofString());
        var json = JSON.readTree(response.body());
        if (response.statusCode() != 200 || json.has("errors")) {
            throw new IllegalStateException("kemu answered " + response.statusCode() + ": " + response.body());
        }
        return json.get("data");
    }

    private static String code(JsonNode row) {
        return row.get("subject").get("code").asString();
    }

    /** 元 with two decimals, as the API states them, to integer 分. */
    private static long fen(JsonNode amount) {
        return amount.decimalValue().movePointRight(2).longValueExact();
    }
}
