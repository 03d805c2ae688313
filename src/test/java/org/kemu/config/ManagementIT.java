package org.kemu.config;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kemu.support.KemuIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Health probes and Prometheus metrics answer on the management port and nowhere else; no other actuator endpoint
 * answers on either port.
 */
@KemuIntegrationTest
class ManagementIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int serverPort;

    @LocalManagementPort
    int managementPort;

    @Autowired
    GraphQlTester graphQl;

    @Test
    void theManagementPortIsNotTheServerPort() {
        assertThat(managementPort).isPositive().isNotEqualTo(serverPort);
    }

    @Test
    void healthIsUpWithTheDatabase() throws Exception {
        var health = get(managementPort, "/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").contains("\"neo4j\":{\"status\":\"UP\"}");
    }

    @Test
    void livenessIsTheProcessAlone() throws Exception {
        var liveness = get(managementPort, "/actuator/health/liveness");
        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(liveness.body()).contains("\"status\":\"UP\"").doesNotContain("neo4j");
    }

    @Test
    void readinessIncludesTheDatabase() throws Exception {
        var readiness = get(managementPort, "/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"status\":\"UP\"").contains("\"neo4j\":{\"status\":\"UP\"}")
                .contains("\"readinessState\":{\"status\":\"UP\"}");
    }

    @Test
    void prometheusShowsTheJvmAndGraphQlRequests() throws Exception {
        graphQl.document("{ subject(code: \"208\") { code } }").execute().path("subject.code").entity(String.class)
                .isEqualTo("208");
        var metrics = get(managementPort, "/actuator/prometheus");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
        assertThat(metrics.body()).contains("jvm_memory_used_bytes").contains("graphql_request_seconds_count")
                .contains("http_server_requests_seconds_count")
                .doesNotContain("graphql_datafetcher_seconds");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/health", "/actuator/health/readiness", "/actuator/prometheus", "/actuator"})
    void theServerPortHasNoActuator(String path) throws Exception {
        assertThat(get(serverPort, path).statusCode()).isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/env", "/actuator/beans", "/actuator/configprops", "/actuator/heapdump",
            "/actuator/threaddump", "/actuator/loggers", "/actuator/mappings", "/actuator/info", "/actuator/metrics",
            "/actuator/conditions", "/actuator/shutdown"})
    void nothingElseOfTheActuatorAnswers(String path) throws Exception {
        assertThat(get(managementPort, path).statusCode()).as("management port %s", path).isEqualTo(404);
        assertThat(get(serverPort, path).statusCode()).as("server port %s", path).isEqualTo(404);
    }

    private static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
