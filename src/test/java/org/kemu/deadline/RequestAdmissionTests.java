package org.kemu.deadline;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import graphql.ExecutionResult;
import graphql.parser.Parser;
import org.junit.jupiter.api.Test;
import org.kemu.config.KemuProperties;
import org.kemu.web.ParsedDocument;
import org.neo4j.driver.TransactionConfig;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.util.LinkedMultiValueMap;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

/** Admission, and the deadline a query's statements find on the thread, with resolvers that record what they find. */
class RequestAdmissionTests {

    /** The timeout each statement of an executed request would get, or null where it ran outside a query's reads. */
    private final List<Duration> seen = new CopyOnWriteArrayList<>();

    @Test
    void aQuerysStatementsGetTheTimeLeftUntilItsDeadline() {
        var interceptor = interceptor(Duration.ofMillis(2500), 4);
        interceptor.intercept(request("{ subjects { code } }", null), this::answer).block();
        assertThat(seen).singleElement().satisfies(timeout -> assertThat(timeout)
                .isLessThanOrEqualTo(Duration.ofMillis(2500)).isGreaterThan(Duration.ofMillis(1500)));
        assertThat(QueryReads.onThisThread()).as("after the query").isNull();
    }

    @Test
    void aMutationKeepsItsOwnTransactions() {
        var interceptor = interceptor(Duration.ofSeconds(10), 4);
        interceptor.intercept(request("query A { a } mutation B { importReports(documents: []) { ok } }", "B"),
                this::answer).block();
        interceptor.intercept(request("query A { a } mutation B { importReports(documents: []) { ok } }", "A"),
                this::answer).block();
        assertThat(seen).hasSize(2);
        assertThat(seen.getFirst()).as("the mutation").isNull();
        assertThat(seen.getLast()).as("the query").isNotNull();
    }

    @Test
    void theDocumentTheEndpointReadDecidesWithoutParsingTheTextAgain() {
        var interceptor = interceptor(Duration.ofSeconds(10), 4);
        var attributes = new HashMap<String, Object>();
        ParsedDocument.attach(Parser.parse("mutation { importReports(documents: []) { ok } }"), attributes);
        // a text that would not parse here, so that only the attached document can have decided
        interceptor.intercept(request("{ subjects", null, attributes), this::answer).block();

        ParsedDocument.attach(Parser.parse("{ subjects { code } }"), attributes);
        interceptor.intercept(request("mutation {", null, attributes), this::answer).block();
        assertThat(seen).hasSize(2);
        assertThat(seen.getFirst()).as("the mutation").isNull();
        assertThat(seen.getLast()).as("the query").isNotNull();
    }

    @Test
    void aRequestBeyondTheConcurrencyLimitWaitsThenIsToldTheServerIsBusy() throws Exception {
        var interceptor = interceptor(Duration.ofSeconds(10), 1);
        var inside = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var first = Thread.ofPlatform().start(() -> interceptor.intercept(request("{ a }", null), request -> {
            inside.countDown();
            await(release);
            return answer(request);
        }).block());
        assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();

        var second = interceptor.intercept(request("{ a }", null), this::answer).block();
        release.countDown();
        first.join();

        assertThat(second.getErrors()).singleElement().satisfies(error -> {
            assertThat(error.getExtensions()).containsEntry("code", "SERVER_BUSY");
            assertThat(error.getMessage()).contains("executing 1 requests already");
        });
        assertThat(interceptor.intercept(request("{ a }", null), this::answer).block().getErrors()).isEmpty();
    }

    private RequestAdmission interceptor(Duration deadline, int concurrent) {
        return new RequestAdmission(new KemuProperties(null, null, null, List.of(),
                new KemuProperties.Requests(deadline, concurrent, Duration.ofMillis(100)), null, null, null, null, null, null));
    }

    /** The answer of resolvers that send a statement: records the timeout it would be given. */
    private Mono<WebGraphQlResponse> answer(WebGraphQlRequest request) {
        var reads = QueryReads.onThisThread();
        seen.add(reads == null ? null : reads.bound(TransactionConfig.empty()).timeout());
        var result = ExecutionResult.newExecutionResult().data(Map.of("a", 1)).build();
        return Mono.just(new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result)));
    }

    private static WebGraphQlRequest request(String document, String operationName) {
        return request(document, operationName, Map.of());
    }

    private static WebGraphQlRequest request(String document, String operationName, Map<String, Object> attributes) {
        var body = new HashMap<String, Object>();
        body.put("query", document);
        if (operationName != null) {
            body.put("operationName", operationName);
        }
        return new WebGraphQlRequest(URI.create("http://localhost/graphql"), new HttpHeaders(),
                new LinkedMultiValueMap<>(), null, attributes, body, "1", Locale.ROOT);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
