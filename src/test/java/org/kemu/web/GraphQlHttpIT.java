package org.kemu.web;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kemu.importing.ReportPurge;
import org.kemu.support.CypherStatementCounter;
import org.kemu.support.KemuIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** GET, persisted queries, ETag/304 and CORS, as a browser, a CDN or an Apollo client meets them over HTTP. */
@KemuIntegrationTest
class GraphQlHttpIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SUBJECT = "{ subject(code: \"2080109\") { code name } }";
    private static final String TEST_REGION = "110102";

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    Environment environment;

    @Autowired
    ReportPurge purge;

    @AfterEach
    void removeTestData() {
        purge.purgeRegion(TEST_REGION);
    }

    @Test
    void aQueryOverGetIsAnsweredAndCacheable() throws Exception {
        var response = get("query=" + encode(SUBJECT));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).at("/data/subject/name").asString()).isEqualTo("社会保险经办机构");
        assertThat(response.headers().firstValue("ETag")).isPresent();
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("max-age=60, public");
    }

    @Test
    void anUnchangedAnswerIsA304WithoutRunningTheQuery() throws Exception {
        var first = get("query=" + encode(SUBJECT));
        var etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(get("query=" + encode(SUBJECT)).headers().firstValue("ETag")).hasValue(etag);
        try (var counter = CypherStatementCounter.start()) {
            var revalidated = get("query=" + encode(SUBJECT), "If-None-Match", etag);
            assertThat(revalidated.statusCode()).isEqualTo(304);
            assertThat(revalidated.body()).isEmpty();
            assertThat(revalidated.headers().firstValue("ETag")).hasValue(etag);
            var posted = post(Map.of("query", SUBJECT), "If-None-Match", etag);
            assertThat(posted.statusCode()).isEqualTo(304);
            assertThat(counter.count()).as("statements").isZero();
        }
    }

    /**
     * A query's statements, its batch mappings' included, all reach the driver read-only and with the time left
     * until the deadline as Neo4j's timeout; one answered from memory sends none.
     */
    @Test
    void everyStatementOfAQueryRunsReadOnlyWithinTheDeadline() throws Exception {
        var queries = List.of(
                "{ glossary(search: \"公积金\") { edges { node { term { name } report { year unit { name } } } } } }",
                "{ projects(first: 5) { edges { node { name unit { name } report { year } indicators { name } } } } }",
                "{ rollup(filter: {years: [2024]}, level: CLASS, groupBy: [UNIT]) { unit { name region { name } } amount } }");
        try (var counter = CypherStatementCounter.start()) {
            for (var query : queries) {
                assertThat(post(Map.of("query", query)).body()).doesNotContain("\"errors\"");
            }
            assertThat(counter.count()).as("statements").isGreaterThanOrEqualTo(2 * queries.size());
            assertThat(counter.notReadOnlyWithATimeout()).as("statements not read-only with a timeout").isZero();
        }
        try (var counter = CypherStatementCounter.start()) {
            post(Map.of("query", "{ subject(code: \"208\") { name descendants { code } } }"));
            assertThat(counter.count()).as("statements of a query the memory answers").isZero();
        }
    }

    @Test
    void anImportChangesTheEtag() throws Exception {
        var before = get("query=" + encode(SUBJECT)).headers().firstValue("ETag").orElseThrow();
        var imported = post(Map.of("query", importMutation(), "variables", Map.of("documents", List.of(testDocument()))),
                "X-Api-Key", KemuIntegrationTest.API_KEY);
        assertThat(json(imported).at("/data/importReports/ok").asBoolean()).isTrue();
        assertThat(imported.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(imported.headers().firstValue("ETag")).isEmpty();
        // an instance reuses the version it read for up to kemu.web.data-version-ttl (1 s)
        var deadline = Instant.now().plusSeconds(5);
        HttpResponse<String> after;
        do {
            after = get("query=" + encode(SUBJECT), "If-None-Match", before);
        } while (after.statusCode() == 304 && Instant.now().isBefore(deadline) && pause());
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.headers().firstValue("ETag")).isPresent().isNotEqualTo(Optional.of(before));
    }

    @Test
    void aMutationOverGetIsRefusedBeforeItRuns() throws Exception {
        var variables = JSON.writeValueAsString(Map.of("documents", List.of(testDocument())));
        var response = get("query=" + encode(importMutation()) + "&variables=" + encode(variables),
                "X-Api-Key", KemuIntegrationTest.API_KEY);
        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("POST");
        assertThat(json(response).at("/errors/0/message").asString()).contains("POST");
        var unit = post(Map.of("query", "{ units(regionCode: \"" + TEST_REGION + "\") { totalCount } }"));
        assertThat(json(unit).at("/data/units/totalCount").asInt()).isZero();
    }

    @Test
    void errorsAreNotCached() throws Exception {
        var response = get("query=" + encode("{ subject(code: \"0000000\") { code } }"));
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(response.headers().firstValue("ETag")).isEmpty();
        var missing = get("operationName=Subject");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(json(missing).at("/errors/0/message").asString()).contains("query parameter");
    }

    @Test
    void anUnknownHashIsAskedForItsTextThenKnownOverGetAndPost() throws Exception {
        var query = "# " + UUID.randomUUID() + "\n" + SUBJECT;
        var persisted = Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", PersistedQuery.sha256(query)));
        var unknown = json(post(Map.of("extensions", persisted)));
        assertThat(unknown.at("/errors/0/message").asString()).isEqualTo("PersistedQueryNotFound");
        assertThat(unknown.at("/errors/0/extensions/code").asString()).isEqualTo("PERSISTED_QUERY_NOT_FOUND");
        var registered = json(post(Map.of("query", query, "extensions", persisted)));
        assertThat(registered.at("/data/subject/code").asString()).isEqualTo("2080109");
        var byHash = get("extensions=" + encode(JSON.writeValueAsString(persisted)));
        assertThat(byHash.statusCode()).isEqualTo(200);
        assertThat(json(byHash).at("/data/subject/code").asString()).isEqualTo("2080109");
        assertThat(byHash.headers().firstValue("ETag")).isPresent();
    }

    @Test
    void aHashThatIsNotTheTextsIsRefusedAndNotRegistered() throws Exception {
        var wrong = Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", PersistedQuery.sha256("something else")));
        var refused = json(post(Map.of("query", SUBJECT, "extensions", wrong)));
        assertThat(refused.at("/errors/0/extensions/code").asString()).isEqualTo("PERSISTED_QUERY_INVALID");
        assertThat(refused.has("data") && !refused.get("data").isNull()).isFalse();
        var malformed = Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", "x".repeat(10_000)));
        var answer = post(Map.of("query", SUBJECT, "extensions", malformed)).body();
        assertThat(answer).contains("PERSISTED_QUERY_INVALID").doesNotContain("xxxxxxxxxx").hasSizeLessThan(1_000);
    }

    @Test
    void theGraphiqlExamplesAreKnownByTheirHash() throws Exception {
        var examples = new ClassPathResource("graphiql/examples.graphql").getContentAsString(StandardCharsets.UTF_8);
        var first = examples.strip().split("\\n\\s*\\n")[0];
        var persisted = Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", PersistedQuery.sha256(first)));
        var response = get("extensions=" + encode(JSON.writeValueAsString(persisted)));
        assertThat(json(response).at("/data/subject/code").asString()).isEqualTo("2080109");
    }

    @Test
    void aPreflightFromAnAllowedOriginIsAnsweredAndFromAnyOtherNot() throws Exception {
        var allowed = preflight(KemuIntegrationTest.PORTAL_ORIGIN);
        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue(KemuIntegrationTest.PORTAL_ORIGIN);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Headers").orElseThrow().toLowerCase())
                .contains("x-api-key", "if-none-match", "content-type");
        var other = preflight("https://elsewhere.example");
        assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        var read = get("query=" + encode(SUBJECT), "Origin", KemuIntegrationTest.PORTAL_ORIGIN);
        assertThat(read.headers().firstValue("Access-Control-Allow-Origin")).hasValue(KemuIntegrationTest.PORTAL_ORIGIN);
        assertThat(read.headers().firstValue("Access-Control-Expose-Headers").orElseThrow())
                .contains("ETag", "Retry-After", "X-RateLimit-Remaining");
    }

    private HttpResponse<String> preflight(String origin) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(endpoint(""))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,x-api-key,if-none-match")
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String parameters, String... headers) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(endpoint("?" + parameters)).GET(), headers);
    }

    private HttpResponse<String> post(Map<String, Object> body, String... headers) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(endpoint(""))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))), headers);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String... headers) throws IOException, InterruptedException {
        request.header("Accept", "application/json");
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI endpoint(String query) {
        return URI.create("http://127.0.0.1:" + environment.getRequiredProperty("local.server.port") + "/graphql" + query);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private static boolean pause() throws InterruptedException {
        Thread.sleep(100);
        return true;
    }

    private static String importMutation() {
        return "mutation($documents: [JSON!]!) { importReports(documents: $documents) { ok } }";
    }

    /** The importing tests' document, moved to a region of its own so the two tests never meet. */
    private static Map<String, Object> testDocument() throws IOException {
        var text = new ClassPathResource("importing/test-report.json").getContentAsString(StandardCharsets.UTF_8);
        @SuppressWarnings("unchecked")
        Map<String, Object> document = JSON.readValue(text.replace("110101", TEST_REGION), Map.class);
        return document;
    }
}
