package org.kemu.importing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The bulk files hold the seed ahead of the load, and a load of the seed's own documents adds no report to it. */
class BulkLoaderTests {

    @TempDir
    Path dir;

    @Test
    void theSeedsOwnDocumentsInALoadAreLoadedOnceWithTheSeed() throws Exception {
        var seedReports = SeedFiles.reports();
        var seedReportCount = ReportPreparation.againstTheSeed().prepareInputs(seedReports).reports().size();

        var files = BulkLoader.againstTheSeed().writeInputs(seedReports.iterator(), dir);

        assertThat(files.reports()).isEqualTo(seedReportCount).isPositive();
        assertThat(files.seedsOwn()).isEqualTo(seedReportCount);
        assertThat(files.replacingTheSeed()).isEmpty();
        assertThat(Files.readAllLines(dir.resolve("node-Report.csv"), StandardCharsets.UTF_8)).hasSize(seedReportCount);
        assertThat(Files.readString(dir.resolve("node-SeedState.csv"), StandardCharsets.UTF_8))
                .contains("\"" + SeedFiles.STATE_NAME + "\"", "\"" + SeedFiles.checksum(seedReports) + "\"");
        assertThat(Files.readString(dir.resolve("node-Subject.csv"), StandardCharsets.UTF_8))
                .contains("\"2080109\"", "\"社会保险经办机构\"");
    }
}
