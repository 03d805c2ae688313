package org.kemu.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/** Commands run in this process as a user runs them: the exit code, and what the last one printed to each stream. */
final class CommandRun {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(String... args) {
        out.reset();
        err.reset();
        return new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** The row of ingest's summary table for a file, its columns joined by single spaces. */
    String summaryRow(String fileName) {
        return stdout().lines().filter(l -> l.contains("/" + fileName + " ")).findFirst()
                .map(l -> l.replaceAll(" {2,}", " ").strip()).orElseThrow(() -> new AssertionError(
                        fileName + " not in the summary:\n" + stdout() + stderr()));
    }

    /** A real disclosure of the test resources (extraction/NAME) copied into {@code folder}, once. */
    static Path fixture(String name, Path folder) throws IOException {
        var file = folder.resolve(name);
        if (Files.notExists(file)) {
            try (var in = Objects.requireNonNull(CommandRun.class.getResourceAsStream("/extraction/" + name), name)) {
                Files.copy(in, file);
            }
        }
        return file;
    }
}
