package org.kemu.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.FileSystemUtils;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.neo4j.Neo4jContainer;

/**
 * Chooses the real Neo4j the integration tests run against, once per test run: the server named by
 * {@code SPRING_NEO4J_URI} when set, a Testcontainers Neo4j when a Docker engine is reachable, and otherwise the
 * application's own embedded server on a fresh data directory.
 */
public final class Neo4jTestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static Map<String, Object> properties;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var configuredUri = context.getEnvironment().getProperty("spring.neo4j.uri");
        if (configuredUri != null && !configuredUri.isBlank()) {
            return;
        }
        context.getEnvironment().getPropertySources()
                .addFirst(new MapPropertySource("neo4j-test-database", properties()));
    }

    private static synchronized Map<String, Object> properties() {
        if (properties == null) {
            properties = dockerMayBeThere() && DockerClientFactory.instance().isDockerAvailable() ? container() : embedded();
        }
        return properties;
    }

    /**
     * Whether any Docker endpoint is configured or present; without one, asking Testcontainers only logs an ERROR
     * for a machine that simply has no Docker engine.
     */
    private static boolean dockerMayBeThere() {
        return System.getenv("DOCKER_HOST") != null || Files.exists(Path.of("/var/run/docker.sock"))
                || Files.exists(Path.of(System.getProperty("user.home"), ".testcontainers.properties"))
                || Files.exists(Path.of(System.getProperty("user.home"), ".docker", "run", "docker.sock"));
    }

    private static Map<String, Object> container() {
        var neo4j = new Neo4jContainer("neo4j:5.26").withoutAuthentication();
        neo4j.start();
        return Map.of("spring.neo4j.uri", neo4j.getBoltUrl());
    }

    private static Map<String, Object> embedded() {
        try {
            var dir = Files.createTempDirectory("kemu-it-neo4j");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(dir)));
            return Map.of("kemu.neo4j.embedded.data-dir", dir.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try {
            FileSystemUtils.deleteRecursively(dir);
        } catch (IOException ignored) {
            // a temp directory left behind is harmless
        }
    }
}
