package org.kemu.importing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kemu.support.OwnProcess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A server started as an operator would start it, in a process of its own, with one API key on its command line
 * and one in its environment: its start-up log has nothing to warn about, and after start-up and a refused import,
 * no file it wrote and none of its output holds either key (Neo4j used to log the command line at every start).
 */
@OwnProcess
class ApiKeysNotLoggedIT {

    private static final String KEY_ON_COMMAND_LINE = "cli-secret-5b1e9d";
    private static final String KEY_IN_ENVIRONMENT = "env-secret-77c0a2";

    @TempDir
    Path dir;

    @Test
    void itsStartUpLogIsCleanAndNeitherKeyAppearsInAnyLogOrOutput() throws Exception {
        var port = freePort();
        var output = dir.resolve("output.log");
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // C1 only, as spring-boot:run starts it: what is tested is the server's output, not its speed once warm
        var process = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "org.kemu.cli.Main",
                "--kemu.api-keys=" + KEY_ON_COMMAND_LINE, "--server.port=" + port, "--management.server.port=0",
                "--kemu.neo4j.embedded.data-dir=" + dir.resolve("neo4j"), "--kemu.seed.enabled=false")
                .redirectErrorStream(true).redirectOutput(output.toFile());
        process.environment().put("KEMU_API_KEYS", KEY_IN_ENVIRONMENT);
        var server = process.start();
        try {
            awaitReady(output, server);
            assertThat(Files.readAllLines(output, StandardCharsets.UTF_8)).as("the start-up log")
                    .noneMatch(line -> line.contains(" WARN ") || line.contains(" ERROR "))
                    .noneMatch(line -> line.contains("schema inspection"));
            var refused = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + "/graphql"))
                    .header("Content-Type", "application/json").header("X-Api-Key", "not-" + KEY_ON_COMMAND_LINE)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"mutation { importReports(documents: []) { ok } }\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(refused.body()).contains("not valid").doesNotContain(KEY_ON_COMMAND_LINE);
        } finally {
            server.destroy();
            server.waitFor(60, TimeUnit.SECONDS);
        }
        try (var files = Files.walk(dir)) {
            var written = files.filter(Files::isRegularFile).filter(ApiKeysNotLoggedIT::isText).toList();
            assertThat(written).as("files the server wrote").anyMatch(f -> f.toString().endsWith("debug.log"));
            for (var file : written) {
                var text = Files.readString(file, StandardCharsets.ISO_8859_1);
                assertThat(text).as(file.toString()).doesNotContain(KEY_ON_COMMAND_LINE).doesNotContain(KEY_IN_ENVIRONMENT);
            }
        }
    }

    private static void awaitReady(Path output, Process server) throws Exception {
        // generous: a start-up on a busy machine, not the start-up time, is what waits here
        var giveUp = System.nanoTime() + Duration.ofSeconds(300).toNanos();
        while (System.nanoTime() < giveUp && server.isAlive()) {
            if (Files.exists(output) && Files.readString(output, StandardCharsets.ISO_8859_1).contains("kemu is ready")) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the server did not start:\n" + Files.readString(output, StandardCharsets.ISO_8859_1));
    }

    private static boolean isText(Path file) {
        var name = file.getFileName().toString();
        return name.endsWith(".log") || name.endsWith(".txt") || !name.contains(".");
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }
}
