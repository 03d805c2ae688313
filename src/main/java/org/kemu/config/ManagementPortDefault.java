package org.kemu.config;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The management port when none is configured: {@value #DEFAULT_PORT}, or a random one when the server's port is
 * random ({@code server.port=0}). A server on a random port is one of several on the machine (the benchmark, the
 * tests, a second instance); a fixed management port would make all but the first fail to start. Any configured
 * {@code management.server.port} wins, since this default is the last place Spring looks.
 */
public final class ManagementPortDefault implements EnvironmentPostProcessor, Ordered {

    static final int DEFAULT_PORT = 8081;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        var randomServerPort = "0".equals(environment.getProperty("server.port"));
        environment.getPropertySources().addLast(new MapPropertySource("kemu-management-port-default",
                Map.of("management.server.port", randomServerPort ? 0 : DEFAULT_PORT)));
    }

    /** After application.properties is loaded, so that a port configured there is seen as configured. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
