package org.kemu.synthetic;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kemu.cli.CommandLine;
import org.kemu.support.CliDatabase;
import org.kemu.support.SecondTestServer;
import org.kemu.support.SyntheticDataPurge;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The synthetic load in batches small enough that preparing one overlaps writing another, into the shared test
 * database: every report arrives once, and loading the same dataset again changes nothing. The dataset is purged
 * afterwards.
 */
@SecondTestServer
class SyntheticCommandIT {

    @Autowired
    ApplicationContext context;

    @RegisterExtension
    static final SyntheticDataPurge PURGE = SyntheticDataPurge.of(DatasetSize.XS, 1);

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
                "synthetic", "--size", "XS", "--kemu.synthetic.batch-reports=8", CliDatabase.uriSetting(context)});
        var log = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(log).isZero();
        return log;
    }
}
