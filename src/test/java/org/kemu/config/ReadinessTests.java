package org.kemu.config;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.availability.ApplicationAvailabilityAutoConfiguration;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.autoconfigure.actuate.endpoint.AvailabilityProbesAutoConfiguration;
import org.springframework.boot.health.autoconfigure.actuate.endpoint.HealthEndpointAutoConfiguration;
import org.springframework.boot.health.autoconfigure.application.AvailabilityHealthContributorAutoConfiguration;
import org.springframework.boot.health.autoconfigure.contributor.HealthContributorAutoConfiguration;
import org.springframework.boot.health.autoconfigure.registry.HealthContributorRegistryAutoConfiguration;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.neo4j.autoconfigure.Neo4jAutoConfiguration;
import org.springframework.boot.neo4j.autoconfigure.health.Neo4jHealthContributorAutoConfiguration;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With application.properties' health groups and a database nobody answers at, the server is alive but not
 * ready: a load balancer stops sending it queries, and the supervisor does not restart it for the database's sake.
 */
class ReadinessTests {

    private static final String HEALTH_LOGGER = "org.springframework.boot.neo4j.health";

    @Test
    void notReadyWhileTheDatabaseIsUnreachable() throws IOException {
        new ApplicationContextRunner()
                .withInitializer(new ConfigDataApplicationContextInitializer())
                .withPropertyValues("spring.neo4j.uri=bolt://127.0.0.1:" + closedPort())
                .withConfiguration(AutoConfigurations.of(Neo4jAutoConfiguration.class,
                        Neo4jHealthContributorAutoConfiguration.class, ApplicationAvailabilityAutoConfiguration.class,
                        AvailabilityHealthContributorAutoConfiguration.class, AvailabilityProbesAutoConfiguration.class,
                        HealthContributorAutoConfiguration.class, HealthContributorRegistryAutoConfiguration.class,
                        HealthEndpointAutoConfiguration.class))
                .run(context -> {
                    applyLogLevel(context.getEnvironment(), HEALTH_LOGGER);
                    AvailabilityChangeEvent.publish(context, LivenessState.CORRECT);
                    AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
                    var health = context.getBean(HealthEndpoint.class);
                    assertThat(health.healthForPath("readiness").getStatus()).isEqualTo(Status.DOWN);
                    assertThat(health.healthForPath("liveness").getStatus()).isEqualTo(Status.UP);
                });
    }

    /** The level application.properties gives the logger, which a context runner does not apply by itself. */
    private static void applyLogLevel(Environment environment, String logger) {
        var level = environment.getRequiredProperty("logging.level." + logger, LogLevel.class);
        LoggingSystem.get(ReadinessTests.class.getClassLoader()).setLogLevel(logger, level);
    }

    /** A loopback port that was free a moment ago, so connecting to it is refused at once. */
    private static int closedPort() throws IOException {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
