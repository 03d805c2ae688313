package org.kemu.config;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.kemu.support.KemuIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The page and its example tabs are served from outside static/, by GraphiqlConfiguration alone. */
@KemuIntegrationTest
class GraphiqlPageIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void pageAndTabs() throws Exception {
        var page = get("/graphiql");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("/graphiql/examples.graphql");
        var tabs = get("/graphiql/examples.graphql");
        assertThat(tabs.statusCode()).isEqualTo(200);
        assertThat(tabs.headers().firstValue("Content-Type")).hasValue("text/plain;charset=UTF-8");
        assertThat(tabs.body()).contains("# 精确金额 Exact amounts");
    }

    @Test
    void onlyThroughItsOwnAddresses() throws Exception {
        assertThat(get("/graphiql/index.html").statusCode()).isEqualTo(404);
        assertThat(get("/static/graphiql/index.html").statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
