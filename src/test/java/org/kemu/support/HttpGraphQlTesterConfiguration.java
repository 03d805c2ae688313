package org.kemu.support;

import java.util.Map;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.graphql.GraphQlRequest;
import org.springframework.graphql.GraphQlResponse;
import org.springframework.graphql.client.GraphQlTransport;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A {@link GraphQlTester} that posts every request over HTTP to the server the test started, so tests exercise
 * the same path as any client: HTTP, JSON, the GraphQL engine and the database.
 */
@TestConfiguration(proxyBeanMethods = false)
public class HttpGraphQlTesterConfiguration {

    /**
     * Lets tests count the statements a request sends and see how they reach the driver ({@link CypherStatementCounter}),
     * on the first shared server only: the counts are the run's, and the second server's tests run meanwhile.
     */
    @Bean
    static BeanPostProcessor statementCounting(Environment environment) {
        return Neo4jTestDatabase.FIRST.equals(Neo4jTestDatabase.serverOf(environment))
                ? CypherStatementCounter.counting() : new BeanPostProcessor() { };
    }

    @Bean
    GraphQlTester graphQlTester(Environment environment) {
        return GraphQlTester.builder(new HttpTransport(environment, RestClient.create())).build();
    }

    /** A tester that sends a header with every request, e.g. an API key. */
    public static GraphQlTester withHeader(Environment environment, String name, String value) {
        var http = RestClient.builder().defaultHeader(name, value).build();
        return GraphQlTester.builder(new HttpTransport(environment, http)).build();
    }

    /** Posts GraphQL requests to /graphql on the local server port, resolved when the first request is sent. */
    static final class HttpTransport implements GraphQlTransport {

        /** Reads decimals as BigDecimal so tests compare amounts exactly, as a careful client would. */
        private static final JsonMapper JSON = JsonMapper.builder()
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .build();

        private final Environment environment;
        private final RestClient http;

        HttpTransport(Environment environment, RestClient http) {
            this.environment = environment;
            this.http = http;
        }

        @Override
        public Mono<GraphQlResponse> execute(GraphQlRequest request) {
            return Mono.fromSupplier(() -> GraphQlTransport.createResponse(parse(http.post()
                    .uri("http://127.0.0.1:" + environment.getRequiredProperty("local.server.port") + "/graphql")
                    .contentType(MediaType.APPLICATION_JSON)
                    .accept(MediaType.APPLICATION_JSON)
                    .body(request.toMap())
                    .retrieve()
                    .body(String.class))));
        }

        @SuppressWarnings("unchecked")
        private static Map<String, Object> parse(String body) {
            return JSON.readValue(body, Map.class);
        }

        @Override
        public Flux<GraphQlResponse> executeSubscription(GraphQlRequest request) {
            return Flux.error(new UnsupportedOperationException("kemu has no subscriptions"));
        }
    }
}
