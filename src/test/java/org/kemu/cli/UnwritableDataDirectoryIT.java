package org.kemu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kemu.support.OwnProcess;

/**
 * An embedded database directory that cannot be created (here: it would lie under a file, which even root cannot
 * change) is named with the reason and what to do, before Neo4j starts: by a command in one line with exit code 5,
 * by the server in Spring Boot's failure analysis, neither with a stack trace.
 */
@OwnProcess
class UnwritableDataDirectoryIT {

    @TempDir
    static Path dir;

    private static Path blocked;

    @BeforeAll
    static void putAFileInTheWay() throws IOException {
        blocked = Files.writeString(dir.resolve("a-file"), "not a directory").resolve("neo4j");
    }

    @Test
    void aCommandInItsOwnProcessSaysWhyInOneLineAndExitsWithFive() throws IOException, InterruptedException {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "org.kemu.cli.Main",
                "export", "--unit", "32-a839bd81", "--kemu.neo4j.embedded.data-dir=" + blocked)
                .redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor()).isEqualTo(CommandLine.EMBEDDED_DATABASE_UNUSABLE);
        assertThat(output.lines().filter(l -> !l.startsWith("WARNING: "))).containsExactly("the embedded database"
                + " directory " + blocked + " cannot be created or written (" + blocked + ": Not a directory): Create it"
                + " and let the user running kemu write to it, or choose another directory"
                + " (--kemu.neo4j.embedded.data-dir=DIR, or KEMU_NEO4J_EMBEDDED_DATA_DIR), or use an external Neo4j"
                + " (SPRING_NEO4J_URI).");
    }

    @Test
    void theServerSaysWhyAndWhatToDoWithoutAStackTrace() throws IOException, InterruptedException {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var process = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "org.kemu.cli.Main", "--server.port=0", "--kemu.neo4j.embedded.data-dir=" + blocked)
                .redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor()).isEqualTo(1);
        assertThat(output).contains("APPLICATION FAILED TO START")
                .contains("The embedded database directory " + blocked + " cannot be created or written (" + blocked
                        + ": Not a directory).")
                .contains("Create it and let the user running kemu write to it")
                .doesNotContain("\tat ").doesNotContain("Caused by").doesNotContain("ERROR Cannot access");
    }
}
