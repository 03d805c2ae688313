package org.kemu.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** What a newcomer types first: help in every spelling, and mistakes answered by the usage, never a server start. */
class CommandLineTests {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final CommandLine commandLine = new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    @ParameterizedTest
    @ValueSource(strings = {"help", "--help", "-h"})
    void everySpellingOfHelpPrintsTheUsage(String help) {
        assertThat(CommandLine.startsServer(new String[] {help})).isFalse();
        assertThat(commandLine.run(new String[] {help})).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("usage:").contains("import", "export", "extract",
                "synthetic", "bulk-load");
    }

    @Test
    void anUnknownOptionIsAUsageErrorNotAServerStart() {
        var args = new String[] {"--bogus"};
        assertThat(CommandLine.startsServer(args)).isFalse();
        assertThat(commandLine.run(args)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("unknown option --bogus").contains("usage:");
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        assertThat(commandLine.run(new String[] {"serve"})).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("unknown command serve");
    }

    @Test
    void bulkLoadTakesFilesOrASyntheticSizeNotBothNeverAnExternalDatabaseNorTheSeedLeftOut() {
        assertThat(commandLine.run(new String[] {"bulk-load"})).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("bulk-load needs report FILEs or --synthetic SIZE");
        err.reset();
        assertThat(commandLine.run(new String[] {"bulk-load", "a.json", "--synthetic", "XS"})).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("bulk-load needs report FILEs or --synthetic SIZE");
        err.reset();
        assertThat(commandLine.run(new String[] {"bulk-load", "--synthetic", "XS",
                "--spring.neo4j.uri=bolt://localhost:7687"})).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("bulk-load writes the files of the embedded database");
        err.reset();
        assertThat(commandLine.run(new String[] {"bulk-load", "--synthetic", "XS", "--kemu.seed.enabled=false"}))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("bulk-load checks the documents against the seed"
                + " and loads it into the new database: it cannot be told --kemu.seed.enabled=false");
        err.reset();
        assertThat(commandLine.run(new String[] {"bulk-load", "no-such-report.json"})).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("ERROR no-such-report.json: cannot read it\nrejected: nothing was loaded\n");
    }

    @Test
    void onlySettingsStartTheServer() {
        assertThat(CommandLine.startsServer(new String[] {})).isTrue();
        assertThat(CommandLine.startsServer(new String[] {"--server.port=9090", "--kemu.seed.enabled=false"})).isTrue();
        assertThat(CommandLine.startsServer(new String[] {"--server.port=9090", "import"})).isFalse();
    }

    @Test
    void anOlderJavaIsToldInOneLineWhatItNeeds() throws Exception {
        var olderJava = olderJava();
        Assumptions.assumeTrue(olderJava.isPresent(), "no JDK older than 21 under /usr/lib/jvm to try the gate with");
        var process = new ProcessBuilder(olderJava.get().toString(), "-cp", "target/classes",
                JavaVersionGate.class.getName(), "help").redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.waitFor()).isEqualTo(1);
        assertThat(output).startsWith("kemu needs Java 21 or newer, but this is Java ").doesNotContain("\n")
                .doesNotContain("Exception");
    }

    /** A java launcher of a JDK older than kemu needs, if this machine has one beside the newer. */
    private static Optional<Path> olderJava() throws IOException {
        var jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        try (var dirs = Files.list(jvms)) {
            return dirs.map(dir -> dir.resolve("bin/java")).filter(Files::isExecutable)
                    .filter(java -> java.toString().matches(".*(java-1[1-7]|jdk-1[1-7]|openjdk-1[1-7]).*"))
                    .findFirst();
        }
    }
}
