package org.kemu.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.FileSystemUtils;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.neo4j.Neo4jContainer;

/**
 * Chooses the real Neo4j the integration tests run against, once per test run and shared test server
 * ({@link #SERVER}): the server named by {@code SPRING_NEO4J_URI} when set (one for both), a Testcontainers Neo4j
 * when a Docker engine is reachable, and otherwise the application's own embedded server on a fresh data directory.
 */
public final class Neo4jTestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** The property naming the shared test server a context is ({@link SecondTestServer}); unset, the first. */
    public static final String SERVER = "kemu-test.server";

    /** The first shared test server's name. */
    public static final String FIRST = "first";

    private static final Map<String, Map<String, Object>> PROPERTIES = new HashMap<>();

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var environment = context.getEnvironment();
        if (isSet(environment.getProperty("spring.neo4j.uri"))) {
            return;
        }
        environment.getPropertySources().addFirst(new MapPropertySource("neo4j-test-database",
                properties(serverOf(environment))));
    }

    /** The shared test server a context is: {@link #FIRST} unless its test says otherwise. */
    public static String serverOf(Environment environment) {
        return environment.getProperty(SERVER, FIRST);
    }

    /** Whether the tests run against one database named from outside, which both shared test servers use. */
    public static boolean external() {
        return isSet(System.getProperty("spring.neo4j.uri")) || isSet(System.getenv("SPRING_NEO4J_URI"));
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }

    private static synchronized Map<String, Object> properties(String server) {
        return PROPERTIES.computeIfAbsent(server, name ->
                dockerMayBeThere() && DockerClientFactory.instance().isDockerAvailable() ? container() : embedded());
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
