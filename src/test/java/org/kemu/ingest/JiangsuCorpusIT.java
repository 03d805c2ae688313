package org.kemu.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kemu.importing.ReportImporter;
import org.kemu.importing.ReportPurge;
import org.kemu.support.SecondTestServer;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The 22 Jiangsu PDFs in seed/corpus, ingested as {@code ingest --dry-run} does it — read, reconciled, merged and
 * validated by the importer, nothing written — give exactly the outcome recorded in the golden summary: any change
 * in what the extractor reads from a real document (a unit name, a line count, a check that starts or stops
 * reconciling) shows here as a changed row.
 */
@SecondTestServer
class JiangsuCorpusIT {

    private static final Path CORPUS = Path.of("seed/corpus/jiangsu");
    private static final Path GOLDEN = Path.of("src/test/resources/ingest/jiangsu-corpus.tsv");
    private static final String JIANGSU = "32";

    @Autowired
    ReportImporter importer;

    @Autowired
    ReportPurge purge;

    /** The statuses compare with an empty province, whatever another test left of it. */
    @BeforeEach
    @AfterEach
    void noJiangsuReports() {
        purge.purgeRegion(JIANGSU);
    }

    @Test
    void everyDocumentGivesItsRecordedOutcome() throws IOException {
        var quiet = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);

        var summary = new Ingestion(dryRun -> new ImporterSink(importer, dryRun), Progress.to(quiet, false))
                .run(DocumentFiles.find(List.of(CORPUS.toString())), null, false, true);

        assertThat(summary.documents().stream().map(JiangsuCorpusIT::row).toList())
                .as("rows of %s (a deliberate change is recorded by rewriting it)", GOLDEN)
                .containsExactlyElementsOf(golden());
        assertThat(summary.totals()).startsWith("22 documents: 21 CREATED, 1 NOT_RECONCILED; 1,410 lines in ")
                .endsWith("(dry run: nothing was written)");
        assertThat(purge.purgeRegion(JIANGSU)).as("reports left by the dry run").isZero();
    }

    private static List<String> golden() throws IOException {
        return Files.readAllLines(GOLDEN, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
    }

    /** A summary row without its time: status, file, unit, region, year, kind, lines, reconciled, report, reason. */
    private static String row(DocumentOutcome d) {
        return String.join("\t", d.status().name(), Path.of(d.file()).getFileName().toString(), text(d.unitName()),
                text(d.regionCode()), text(d.year()), text(d.kind()), String.valueOf(d.lines()), text(d.reconciled()),
                text(d.reportId()), text(d.reason()).replace(CORPUS + "/", ""));
    }

    private static String text(Object value) {
        return Objects.toString(value, "-");
    }
}
