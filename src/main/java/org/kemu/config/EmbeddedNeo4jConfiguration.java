package org.kemu.config;

import java.net.URI;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Starts Neo4j inside this process ({@link EmbeddedNeo4j}) when no external database is configured, so that one
 * command gives a working server. Bolt listens on loopback only, without authentication, so Neo4j tools on the same
 * machine can connect.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedNeo4jConfiguration.NoExternalNeo4j.class)
public class EmbeddedNeo4jConfiguration {

    @Bean(destroyMethod = "shutdown")
    EmbeddedNeo4j embeddedNeo4j(KemuProperties kemu, ApplicationEventPublisher events) {
        // a failed embedded database is part of this process: only a restart brings it back, so the process is
        // no longer live, and its supervisor restarts it
        return new EmbeddedNeo4j(kemu.neo4j().embedded(),
                database -> AvailabilityChangeEvent.publish(events, database, LivenessState.BROKEN));
    }

    @Bean
    Neo4jConnectionDetails embeddedNeo4jConnectionDetails(EmbeddedNeo4j embeddedNeo4j) {
        var uri = embeddedNeo4j.boltUri();
        return new Neo4jConnectionDetails() {
            @Override
            public URI getUri() {
                return uri;
            }

            @Override
            public AuthToken getAuthToken() {
                return AuthTokens.none();
            }
        };
    }

    static final class NoExternalNeo4j implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            var uri = context.getEnvironment().getProperty("spring.neo4j.uri");
            return uri == null || uri.isBlank();
        }
    }
}
