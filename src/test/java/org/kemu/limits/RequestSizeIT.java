package org.kemu.limits;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.kemu.support.KemuIntegrationTest;
import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

/** A body over the request-size limit is refused before it is read; the server answers the next request. */
@KemuIntegrationTest
class RequestSizeIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Value("${local.server.port}")
    int port;

    @Test
    void aThirtyMegabyteBodyIsRefusedWith413() throws Exception {
        var body = "{\"query\": \"{ subject(code: \\\"208\\\") { code } }\", \"variables\": {\"x\": \""
                + "x".repeat(30 * 1024 * 1024) + "\"}}";
        var refused = post(body);
        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.body()).contains("\"code\":\"REQUEST_TOO_LARGE\"").contains("kemu.limits.max-request-size")
                .hasSizeLessThan(400);
        var answered = post("{\"query\": \"{ subject(code: \\\"208\\\") { code } }\"}");
        assertThat(answered.statusCode()).isEqualTo(200);
        assertThat(answered.body()).contains("\"code\":\"208\"");
    }

    private HttpResponse<String> post(String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
