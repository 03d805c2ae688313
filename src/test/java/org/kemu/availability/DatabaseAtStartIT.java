package org.kemu.availability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kemu.support.OwnProcess;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * A server whose external database cannot be used at start-up ends with Spring Boot's failure analysis naming the
 * database, the reason and what to do, not with a stack trace: one nothing listens for, and one that refuses the
 * credentials.
 */
@OwnProcess
class DatabaseAtStartIT {

    @TempDir
    Path dir;

    @Test
    void aDatabaseNothingAnswersForIsNamedWithTheWaitAndTheRemedy() throws IOException, InterruptedException {
        var uri = "bolt://127.0.0.1:" + freePort();
        var output = startServer("--spring.neo4j.uri=" + uri, "--kemu.neo4j.startup-wait=2s");

        assertThat(output.exitCode()).isEqualTo(1);
        assertThat(output.text()).contains("APPLICATION FAILED TO START")
                .contains("The Neo4j database at " + uri + " could not be reached within 2 s"
                        + " (kemu.neo4j.startup-wait). Unable to connect to 127.0.0.1:")
                .contains("(Connection refused)")
                .contains("Start that database or correct its address (SPRING_NEO4J_URI)")
                .doesNotContain("\tat ").doesNotContain("Caused by");
    }

    @Test
    void aDatabaseThatRefusesTheCredentialsIsNamedWithTheSettingsToCorrect() throws IOException, InterruptedException {
        var port = freePort();
        var database = new DatabaseManagementServiceBuilder(dir.resolve("with-auth"))
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .build();
        try {
            var uri = "bolt://127.0.0.1:" + port;
            var output = startServer("--spring.neo4j.uri=" + uri, "--spring.neo4j.authentication.username=neo4j",
                    "--spring.neo4j.authentication.password=not-the-password");

            assertThat(output.exitCode()).isEqualTo(1);
            assertThat(output.text()).contains("APPLICATION FAILED TO START")
                    .contains("The Neo4j database at " + uri + " refused kemu's credentials: ")
                    .contains("Set SPRING_NEO4J_AUTHENTICATION_USERNAME and SPRING_NEO4J_AUTHENTICATION_PASSWORD")
                    .doesNotContain("\tat ").doesNotContain("Caused by");
        } finally {
            database.shutdown();
        }
    }

    private record Output(int exitCode, String text) {
    }

    private static Output startServer(String... settings) throws IOException, InterruptedException {
        var command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), "org.kemu.cli.Main", "--server.port=0",
                "--management.server.port=0"));
        command.addAll(List.of(settings));
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Output(process.waitFor(), text);
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
