package org.kemu.web;

import java.util.List;

import org.kemu.config.KemuProperties;
import org.neo4j.driver.Driver;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ResourceLoader;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.graphql.server.webmvc.GraphQlRequestPredicates;
import org.springframework.http.HttpHeaders;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Puts the GraphQL endpoint's HTTP behaviour together: routes, persisted documents, caching, CORS. Only in the
 * server: the command-line tools start Spring without a web server.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class WebConfiguration {

    /** The rate-limit headers a browser page may read, besides ETag. */
    private static final List<String> EXPOSED = List.of(HttpHeaders.ETAG, HttpHeaders.RETRY_AFTER,
            "X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset");

    @Bean
    DataVersion dataVersion(Driver driver, DatabaseSelectionProvider databases, KemuProperties kemu) {
        return new DataVersion(driver, databases, kemu);
    }

    @Bean
    HttpCaching httpCaching(DataVersion version, KemuProperties kemu) {
        return new HttpCaching(version, kemu);
    }

    @Bean
    PersistedDocuments persistedDocuments(KemuProperties kemu, ResourceLoader resources) {
        var web = kemu.web();
        return new PersistedDocuments(RegisteredDocuments.load(resources, web.trustedDocuments()),
                web.trustedDocumentsOnly(), web.persistedQueries());
    }

    @Bean
    GraphQlSourceBuilderCustomizer persistedQueries(PersistedDocuments documents) {
        return source -> source.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(documents));
    }

    /**
     * Ahead of Spring Boot's route for POST, which stays in place for anything this one does not match; this one
     * hands what it accepts to the same handler.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    RouterFunction<ServerResponse> graphQlGetAndPost(GraphQlHttpHandler handler, PersistedDocuments documents,
                                                     HttpCaching caching, JsonMapper json, GraphQlProperties graphQl) {
        var endpoint = new GraphQlHttpEndpoint(handler, documents, caching, json);
        var path = graphQl.getHttp().getPath();
        return RouterFunctions.route()
                .GET(path, endpoint::get)
                .route(GraphQlRequestPredicates.graphQlHttp(path), endpoint::post)
                .build();
    }

    /**
     * A servlet filter rather than Spring MVC's CORS support, so that answers given before Spring MVC (a rate
     * limit's 429) carry the headers too and a page can read them. Off while no origin is allowed.
     */
    @Bean
    FilterRegistrationBean<CorsFilter> graphQlCors(KemuProperties kemu, GraphQlProperties graphQl) {
        var cors = kemu.web().cors();
        var config = new CorsConfiguration();
        config.setAllowedOriginPatterns(cors.allowedOrigins());
        config.setAllowedMethods(List.of("GET", "POST"));
        config.setAllowedHeaders(List.of(HttpHeaders.CONTENT_TYPE, "X-Api-Key", HttpHeaders.IF_NONE_MATCH));
        config.setExposedHeaders(EXPOSED);
        config.setMaxAge(cors.maxAge());
        var source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration(graphQl.getHttp().getPath(), config);
        var registration = new FilterRegistrationBean<>(new CorsFilter(source));
        registration.setEnabled(!cors.allowedOrigins().isEmpty());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
