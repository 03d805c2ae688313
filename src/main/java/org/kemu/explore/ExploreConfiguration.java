package org.kemu.explore;

import java.nio.charset.StandardCharsets;

import org.kemu.limits.QueryPath;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Serves the explorer at /explore from the jar, as GraphiQL is served: the page, its script, style and query file
 * from {@code explore/} on the classpath (outside {@code static/}, so that {@code kemu.explore.enabled=false} leaves
 * no way to reach them), ECharts from its WebJar, and the CSV download. The page gets a strict Content-Security-Policy:
 * scripts, styles and requests only from this server, nothing inline, no frames.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBooleanProperty(name = "kemu.explore.enabled", matchIfMissing = true)
class ExploreConfiguration {

    /** Everything the page loads is its own, and nothing runs inline: ECharts draws on a canvas. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self'; connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; "
            + "frame-ancestors 'none'";

    private static final MediaType JAVASCRIPT = new MediaType("text", "javascript", StandardCharsets.UTF_8);
    private static final MediaType CSS = new MediaType("text", "css", StandardCharsets.UTF_8);
    private static final MediaType GRAPHQL = new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8);

    @Bean
    QueryPath exploreCsvPath() {
        return new QueryPath(CsvDownload.PATH);
    }

    @Bean
    RouterFunction<ServerResponse> explorePage(WebGraphQlHandler graphQl, JsonMapper json) {
        var csv = new CsvDownload(graphQl, json);
        var page = new ClassPathResource("explore/index.html");
        return RouterFunctions.route()
                .GET("/explore", request -> ServerResponse.ok().contentType(new MediaType(MediaType.TEXT_HTML,
                                StandardCharsets.UTF_8))
                        .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                        .header("X-Content-Type-Options", "nosniff")
                        .header("Referrer-Policy", "no-referrer")
                        .cacheControl(CacheControl.noCache())
                        .body(page))
                .GET("/explore/explore.js", request -> asset("explore/explore.js", JAVASCRIPT))
                .GET("/explore/kemu-api.js", request -> asset("explore/kemu-api.js", JAVASCRIPT))
                .GET("/explore/labels.js", request -> asset("explore/labels.js", JAVASCRIPT))
                .GET("/explore/explore.css", request -> asset("explore/explore.css", CSS))
                .GET("/explore/queries.graphql", request -> asset("explore/queries.graphql", GRAPHQL))
                .GET(CsvDownload.PATH, csv::get)
                .build();
    }

    private static ServerResponse asset(String path, MediaType type) {
        return ServerResponse.ok().contentType(type).header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noCache()).body(new ClassPathResource(path));
    }
}
