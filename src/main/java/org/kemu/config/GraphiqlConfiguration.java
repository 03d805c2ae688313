package org.kemu.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Serves GraphiQL at /graphiql from the jar. Spring Boot's built-in page loads its scripts from a CDN and never
 * finishes loading on an isolated network; this page takes React and GraphiQL from WebJars instead.
 */
@Configuration(proxyBeanMethods = false)
class GraphiqlConfiguration {

    @Bean
    RouterFunction<ServerResponse> graphiqlPage() {
        var page = new ClassPathResource("static/graphiql/index.html");
        return RouterFunctions.route()
                .GET("/graphiql", request -> ServerResponse.ok().contentType(MediaType.TEXT_HTML).body(page))
                .GET("/", request -> ServerResponse.temporaryRedirect(java.net.URI.create("/graphiql")).build())
                .build();
    }
}
