package org.kemu.synthetic;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kemu.cli.CommandLine;
import org.kemu.support.OwnDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The synthetic load in batches small enough that preparing one overlaps writing another, into a database of its
 * own: every report arrives once, and loading the same dataset again changes nothing.
 */
@OwnDatabase
class SyntheticCommandIT {

    @TempDir
    Path dir;

    @Test
    void sizeXsLoadsInOverlappingBatchesAndASecondLoadChangesNothing() {
        var first = synthetic();
        assertThat(first).contains("synthetic XS seed 1: 36 reports, 2096 lines (36 reports written, 0 unchanged)");

        var second = synthetic();
        assertThat(second).contains("synthetic XS seed 1: 36 reports, 2096 lines (0 reports written, 36 unchanged)");
    }

    private String synthetic() {
        var out = new ByteArrayOutputStream();
        var exit = new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8), System.err).run(new String[] {
                "synthetic", "--size", "XS", "--kemu.synthetic.batch-reports=8",
                "--kemu.neo4j.embedded.data-dir=" + dir.resolve("neo4j")});
        var log = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(log).isZero();
        return log;
    }
}
