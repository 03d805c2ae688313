package org.kemu.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The peer: the Neo4j GraphQL Library on Node.js (bench/peer), installed from the npm registry on first use and
 * started against the same database. Its queries and their notes come from bench/peer/queries.json.
 */
final class PeerServer implements Target, AutoCloseable {

    static final String NAME = "@neo4j/graphql";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Process process;
    private final HttpClient http;
    private final URI endpoint;
    private final Map<Integer, PeerQuery> queries;
    private final String version;

    /** One shape as the peer asks it. */
    record PeerQuery(int shape, String query, JsonNode variables, String note) {
    }

    private PeerServer(Process process, HttpClient http, URI endpoint, Map<Integer, PeerQuery> queries, String version) {
        this.process = process;
        this.http = http;
        this.endpoint = endpoint;
        this.queries = queries;
        this.version = version;
    }

    static PeerServer start(Path directory, URI bolt, Parameters parameters, HttpClient http, PrintStream log)
            throws IOException, InterruptedException {
        if (!Files.isRegularFile(directory.resolve("server.mjs"))) {
            throw new IOException(directory.resolve("server.mjs") + " not found");
        }
        if (!Files.isDirectory(directory.resolve("node_modules"))) {
            log.println("installing the peer's packages (npm ci) …");
            var install = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error")
                    .directory(directory.toFile()).redirectErrorStream(true).start();
            var output = new String(install.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (install.waitFor() != 0) {
                throw new IOException("npm ci failed: " + output.strip());
            }
        }
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        var builder = new ProcessBuilder("node", "server.mjs").directory(directory.toFile()).redirectErrorStream(true);
        builder.environment().put("NEO4J_URI", bolt.toString());
        builder.environment().put("PORT", String.valueOf(port));
        var process = builder.start();
        var ready = new CompletableFuture<Void>();
        var output = new StringBuilder();
        Thread.ofPlatform().daemon().name("peer-output").start(() -> {
            try (var reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    synchronized (output) {
                        output.append(line).append('\n');
                    }
                    if (line.contains("peer ready")) {
                        ready.complete(null);
                    }
                }
            } catch (IOException e) {
                ready.completeExceptionally(e);
            }
            ready.completeExceptionally(new IOException("the peer exited: " + output.toString().strip()));
        });
        try {
            ready.get(120, TimeUnit.SECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
            throw new IOException("the peer did not start: " + e.getMessage());
        }
        var queries = new HashMap<Integer, PeerQuery>();
        for (var node : JSON.readTree(directory.resolve("queries.json").toFile())) {
            var shape = node.get("shape").asInt();
            queries.put(shape, new PeerQuery(shape, node.get("query").asString(),
                    fill(node.has("variables-template") ? node.get("variables-template") : node.get("variables"), parameters),
                    node.path("note").asString("")));
        }
        var version = JSON.readTree(directory.resolve("package.json").toFile()).path("dependencies")
                .path("@neo4j/graphql").asString("?");
        log.println("peer @neo4j/graphql " + version + " ready on port " + port);
        return new PeerServer(process, http, URI.create("http://127.0.0.1:" + port + "/graphql"), queries, version);
    }

    /** Replaces "{name}" placeholders in the variables with the run's parameters (numbers stay numbers). */
    private static JsonNode fill(JsonNode variables, Parameters p) {
        var values = Map.<String, Object>of("reportId", p.reportId(), "unitId", p.unitId(), "year", p.year(),
                "fromYear", p.fromYear(), "province", p.province(), "countyA", p.countyA(), "countyB", p.countyB(),
                "search", p.search(), "years", p.years());
        return replace(variables == null ? JSON.createObjectNode() : variables, values);
    }

    private static JsonNode replace(JsonNode node, Map<String, Object> values) {
        if (node.isString()) {
            var text = node.asString();
            if (text.startsWith("{") && text.endsWith("}") && values.containsKey(text.substring(1, text.length() - 1))) {
                return JSON.valueToTree(values.get(text.substring(1, text.length() - 1)));
            }
            return node;
        }
        if (node.isObject()) {
            var copy = JSON.createObjectNode();
            node.properties().forEach(e -> copy.set(e.getKey(), replace(e.getValue(), values)));
            return copy;
        }
        if (node.isArray()) {
            var copy = JSON.createArrayNode();
            node.forEach(e -> copy.add(replace(e, values)));
            return copy;
        }
        return node;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean supports(Shape shape) {
        return queries.containsKey(shape.number());
    }

    String note(Shape shape) {
        var query = queries.get(shape.number());
        return query == null ? "not expressed" : query.note();
    }

    String description() {
        return "`@neo4j/graphql` " + version + " on Node.js " + nodeVersion() + " (bench/peer/server.mjs), "
                + "connected to the same database over Bolt.";
    }

    @Override
    public Map<String, Long> answer(Shape shape) throws Exception {
        var query = queries.get(shape.number());
        var body = JSON.writeValueAsString(Map.of("query", query.query(), "variables", query.variables()));
        var request = HttpRequest.newBuilder(endpoint).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        var response = http.send(request, HttpResponse.BodyHandlers.ofString());
        var json = JSON.readTree(response.body());
        if (response.statusCode() != 200 || json.has("errors")) {
            throw new IllegalStateException("the peer answered " + response.statusCode() + ": " + response.body());
        }
        return reduce(shape, json.get("data"));
    }

    /**
     * The peer's answer as comparable rows: every object carrying a subject code and an amount in 分 (or a left
     * and a right amount for comparisons), the number of rows for a search, the codes below the tree's root.
     */
    private static Map<String, Long> reduce(Shape shape, JsonNode data) {
        var rows = new TreeMap<String, Long>();
        switch (shape.answer()) {
            case ROW_COUNT -> rows.put("rows", (long) firstArray(data).size());
            case ANSWERED -> rows.put("rows", data.has("__typename") ? 1L : 0L);
            case CODES -> {
                collectCodes(data, rows);
                rows.remove("208");
            }
            default -> collectAmounts(data, rows);
        }
        return rows;
    }

    private static JsonNode firstArray(JsonNode node) {
        if (node.isArray()) {
            return node;
        }
        for (var child : node) {
            var found = firstArray(child);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static void collectCodes(JsonNode node, Map<String, Long> rows) {
        if (node.isObject() && node.has("code")) {
            rows.put(node.get("code").asString(), 1L);
        }
        node.forEach(child -> collectCodes(child, rows));
    }

    private static void collectAmounts(JsonNode node, Map<String, Long> rows) {
        if (node.isObject()) {
            var amount = List.of("totalFen", "fen").stream().filter(node::has).findFirst();
            var code = node.has("code") ? node.get("code") : node.path("subject").path("code");
            if (!code.isMissingNode() && (node.has("leftFen") || node.has("rightFen"))) {
                for (var side : List.of("left", "right")) {
                    if (node.hasNonNull(side + "Fen")) {
                        rows.put(side + ":" + code.asString(), node.get(side + "Fen").asLong());
                    }
                }
                return;
            }
            if (amount.isPresent() && !code.isMissingNode() && !node.get(amount.get()).isNull()) {
                rows.merge(code.asString(), node.get(amount.get()).asLong(), Long::sum);
                return;
            }
        }
        node.forEach(child -> collectAmounts(child, rows));
    }

    private static String nodeVersion() {
        try {
            var process = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            var version = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            process.waitFor();
            return version;
        } catch (IOException e) {
            return "?";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "?";
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
