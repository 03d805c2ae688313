package org.kemu.limits;

import java.util.Map;

import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posts a query to the test server and keeps what a GraphQL tester hides: the HTTP status and headers, and the
 * answer's {@code extensions}.
 */
final class RawGraphQl {

    record Answer(int status, HttpHeaders headers, JsonNode body) {

        String code() {
            return body.path("errors").path(0).path("extensions").path("code").asString();
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Environment environment;

    RawGraphQl(Environment environment) {
        this.environment = environment;
    }

    /** @param headers header names and values, alternating */
    Answer post(String query, String... headers) {
        var entity = RestClient.create().post()
                .uri("http://127.0.0.1:" + environment.getRequiredProperty("local.server.port") + "/graphql")
                .contentType(MediaType.APPLICATION_JSON)
                .headers(h -> {
                    for (int i = 0; i < headers.length; i += 2) {
                        h.add(headers[i], headers[i + 1]);
                    }
                })
                .body(Map.of("query", query))
                .retrieve()
                .onStatus(status -> true, (request, response) -> { })
                .toEntity(String.class);
        return new Answer(entity.getStatusCode().value(), entity.getHeaders(), JSON.readTree(entity.getBody()));
    }
}
