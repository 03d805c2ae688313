package org.kemu.config;

import org.neo4j.driver.Logging;
import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Routes the Neo4j driver's logging through SLF4J. The driver's default System.Logger adapter formats every debug
 * message before the level is checked, which renders each statement's parameters (a whole import batch) as text
 * on every call; the SLF4J adapter checks the level first.
 */
@Configuration(proxyBeanMethods = false)
class DriverLoggingConfiguration {

    @Bean
    ConfigBuilderCustomizer slf4jDriverLogging() {
        return builder -> builder.withLogging(Logging.slf4j());
    }
}
