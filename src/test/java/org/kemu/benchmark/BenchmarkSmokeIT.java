package org.kemu.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.kemu.support.CliDatabase;
import org.kemu.support.SecondTestServer;
import org.kemu.support.SyntheticDataPurge;
import org.kemu.synthetic.DatasetSize;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The benchmark harness at size XS and concurrency 1, as CI runs it: it loads the dataset, every benchmark query returns the totals
 * computed from the generated documents, and it writes its report. The figures are not asserted (that would be
 * a timed test); the peer is left out, CI needs no Node.js. It runs on the shared test database, which holds the
 * seed as a fresh one would, and the dataset is purged afterwards.
 */
@SecondTestServer
class BenchmarkSmokeIT {

    @TempDir
    Path dir;

    @Autowired
    ApplicationContext context;

    @RegisterExtension
    static final SyntheticDataPurge PURGE = SyntheticDataPurge.of(DatasetSize.XS, 1);

    @Test
    void sizeXsRunsAndEveryShapeAnswersCorrectly() throws IOException {
        var out = new ByteArrayOutputStream();
        var report = dir.resolve("BENCHMARKS.md");

        var exit = new BenchmarkCommand(new PrintStream(out, true, StandardCharsets.UTF_8), System.err).run(new String[] {
                "--size", "XS", "--seconds", "0.05", "--concurrency", "1", "--peer", "none", "--out", report.toString(),
                CliDatabase.uriSetting(context)});

        var log = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(log).isZero();
        assertThat(log).contains("loaded 36 reports").contains("write floor: 2,096 lines");
        var markdown = Files.readString(report);
        for (int shape = 0; shape <= 7; shape++) {
            assertThat(markdown).contains("| " + shape + " | kemu GraphQL | ✅").contains("| " + shape + " | raw Cypher | ✅");
        }
        assertThat(markdown).contains("equal to the generated documents").doesNotContain("❌ differs")
                .doesNotContain("| kemu GraphQL | 8 |").contains("| 4 the national roll-up by 类 for one year | kemu GraphQL | 1 |");
    }
}
