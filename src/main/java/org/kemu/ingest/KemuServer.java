package org.kemu.ingest;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kemu.format.ReportDocument;
import org.kemu.importing.ImportResult;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A running kemu server reached over HTTP GraphQL ({@code POST /graphql}): its {@code importReports} mutation with an
 * API key, and {@code exportReport}. What the CLI uses instead of starting a database of its own.
 */
public final class KemuServer {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    private static final String IMPORT = """
            mutation ($documents: [JSON!]!, $dryRun: Boolean!) {
              importReports(documents: $documents, dryRun: $dryRun) {
                ok reports { reportId unitId unitName year kind status lineCount } problems { severity file path value message }
              }
            }""";
    private static final String REPORTS_OF_UNIT = """
            query ($unitId: ID!, $year: Int) { unit(id: $unitId) { reports(year: $year) { year kind } } }""";
    private static final String EXPORT = """
            query ($unitId: ID!, $year: Int!, $kind: ReportKind!) {
              exportReport(unitId: $unitId, year: $year, kind: $kind)
            }""";
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(2);

    private final URI endpoint;
    private final String apiKey;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();

    /**
     * @param url    the server's address ({@code http://host:8080}) or its endpoint ({@code …/graphql})
     * @param apiKey sent as {@code X-Api-Key}; null for reading
     */
    public KemuServer(String url, String apiKey) {
        var base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        this.endpoint = URI.create(base.endsWith("/graphql") ? base : base + "/graphql");
        this.apiKey = apiKey;
    }

    /** Imports JSON texts in the report format (a report or an array of them each), all or none. */
    public ReportSink.Delivery importTexts(List<String> documents, boolean dryRun) {
        JsonNode answer;
        try {
            answer = post(IMPORT, Map.of("documents", documents, "dryRun", dryRun));
        } catch (ServerException e) {
            return ReportSink.Delivery.rejected(List.of(e.getMessage()));
        }
        var payload = answer.path("data").path("importReports");
        if (payload.isMissingNode() || payload.isNull()) {
            return ReportSink.Delivery.rejected(errors(answer));
        }
        if (!payload.path("ok").asBoolean()) {
            var problems = new ArrayList<String>();
            payload.path("problems").forEach(p -> {
                if ("ERROR".equals(p.path("severity").asString())) {
                    problems.add(problem(p));
                }
            });
            return ReportSink.Delivery.rejected(problems);
        }
        var reports = new ArrayList<ImportResult.ReportOutcome>();
        payload.path("reports").forEach(r -> reports.add(new ImportResult.ReportOutcome(r.path("reportId").asString(),
                r.path("unitId").asString(), r.path("unitName").asString(), r.path("year").asInt(),
                r.path("kind").asString(), ImportResult.Status.valueOf(r.path("status").asString()),
                r.path("lineCount").asInt())));
        return new ReportSink.Delivery(List.copyOf(reports), List.of());
    }

    /** The stored reports of a unit, of one year and kind when given, in the report format. */
    public List<ReportDocument> export(String unitId, Integer year, String kind) throws ServerException {
        var variables = new LinkedHashMap<String, Object>();
        variables.put("unitId", unitId);
        variables.put("year", year);
        var reports = post(REPORTS_OF_UNIT, variables);
        requireNoErrors(reports);
        var documents = new ArrayList<ReportDocument>();
        for (var report : reports.path("data").path("unit").path("reports")) {
            if (kind != null && !kind.equals(report.path("kind").asString())) {
                continue;
            }
            var answer = post(EXPORT, Map.of("unitId", unitId, "year", report.path("year").asInt(),
                    "kind", report.path("kind").asString()));
            requireNoErrors(answer);
            var document = answer.path("data").path("exportReport");
            if (!document.isNull() && !document.isMissingNode()) {
                documents.add(JSON.treeToValue(document, ReportDocument.class));
            }
        }
        return documents;
    }

    private JsonNode post(String query, Map<String, Object> variables) throws ServerException {
        var body = new LinkedHashMap<String, Object>();
        body.put("query", query);
        body.put("variables", variables);
        var request = HttpRequest.newBuilder(endpoint).timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json").header("Accept", "application/json");
        if (apiKey != null) {
            request.header("X-Api-Key", apiKey);
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body),
                    StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (ConnectException e) {
            throw new ServerException("cannot reach the kemu server at " + endpoint + " (connection refused): is it "
                    + "running?");
        } catch (IOException e) {
            throw new ServerException("cannot reach the kemu server at " + endpoint + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServerException("interrupted while waiting for " + endpoint);
        }
        JsonNode answer;
        try {
            answer = JSON.readTree(response.body());
        } catch (RuntimeException e) {
            throw new ServerException(endpoint + " answered HTTP " + response.statusCode() + " with no GraphQL answer");
        }
        if (response.statusCode() != 200 && !answer.has("errors")) {
            throw new ServerException(endpoint + " answered HTTP " + response.statusCode());
        }
        return answer;
    }

    private static void requireNoErrors(JsonNode answer) throws ServerException {
        var errors = errors(answer);
        if (!errors.isEmpty()) {
            throw new ServerException(String.join("; ", errors));
        }
    }

    private static List<String> errors(JsonNode answer) {
        var errors = new ArrayList<String>();
        answer.path("errors").forEach(e -> errors.add("the server refused: " + e.path("message").asString()));
        return errors;
    }

    private static String problem(JsonNode p) {
        var value = p.path("value").isNull() || p.path("value").isMissingNode() ? "" : " = " + p.path("value").asString();
        return p.path("severity").asString() + " " + p.path("file").asString() + " " + p.path("path").asString() + value
                + ": " + p.path("message").asString();
    }

    /** The server cannot be reached, or refused the request as a whole; the message says which and where. */
    public static final class ServerException extends Exception {

        ServerException(String message) {
            super(message);
        }
    }
}
