package org.kemu.explore;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.kemu.support.KemuIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The page and everything it loads come from this server, under a strict Content-Security-Policy. */
@KemuIntegrationTest
class ExploreAssetsIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void thePageAndItsFilesAreServedFromTheJar() throws Exception {
        var page = get("/explore");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy"))
                .hasValue(ExploreConfiguration.CONTENT_SECURITY_POLICY);
        assertThat(page.body()).contains("/webjars/echarts/5.3.1/dist/echarts.min.js", "/explore/explore.js")
                .doesNotContain("http://", "https://", "<style", "style=");
        for (var file : new String[] {"/explore/explore.js", "/explore/kemu-api.js", "/explore/labels.js",
                "/explore/explore.css", "/explore/queries.graphql", "/webjars/echarts/5.3.1/dist/echarts.min.js"}) {
            assertThat(get(file).statusCode()).as(file).isEqualTo(200);
        }
        assertThat(get("/explore/explore.js").headers().firstValue("Content-Type")).hasValue("text/javascript;charset=UTF-8");
        assertThat(get("/explore/index.html").statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
