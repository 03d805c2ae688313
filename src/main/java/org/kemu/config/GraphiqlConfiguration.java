package org.kemu.config;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Serves GraphiQL at /graphiql from the jar. Spring Boot's built-in page loads its scripts from a CDN and never
 * finishes loading on an isolated network; this page takes React and GraphiQL from WebJars instead. The page and
 * its example tabs live outside {@code static/}, so that {@code kemu.graphiql.enabled=false} leaves no way to
 * reach them.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "kemu.graphiql.enabled", matchIfMissing = true)
class GraphiqlConfiguration {

    private static final MediaType UTF8_TEXT = new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8);

    @Bean
    RouterFunction<ServerResponse> graphiqlPage() {
        var page = new ClassPathResource("graphiql/index.html");
        var examples = new ClassPathResource("graphiql/examples.graphql");
        return RouterFunctions.route()
                .GET("/graphiql", request -> ServerResponse.ok().contentType(MediaType.TEXT_HTML).body(page))
                .GET("/graphiql/examples.graphql",
                        request -> ServerResponse.ok().contentType(UTF8_TEXT).body(examples))
                .GET("/", request -> ServerResponse.temporaryRedirect(URI.create("/graphiql")).build())
                .build();
    }
}
