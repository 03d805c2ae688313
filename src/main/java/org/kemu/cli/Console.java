package org.kemu.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Where a command writes: its results to {@code out}, everything said about them to {@code err}. */
record Console(PrintStream out, PrintStream err) {

    /**
     * Prints a result line, and appends it to {@code file} when one is named, so that runs accumulate there.
     * Returns the exit code: 1 when the file cannot be written, said on {@code err}.
     */
    int printAndAppend(String line, String file) {
        out.println(line);
        if (file == null) {
            return 0;
        }
        try {
            Files.writeString(Path.of(file), line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            return 0;
        } catch (IOException e) {
            err.println("cannot write " + file + ": " + e.getMessage());
            return 1;
        }
    }
}
