package org.kemu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kemu.importing.ReportPurge;
import org.kemu.support.KemuIntegrationTest;
import org.kemu.support.SecondTestServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code ingest} as a user runs it into the running test server over HTTP with an API key, a dry run first; and
 * {@code import}/{@code export} against that server ({@link IngestIntoEmbeddedIT} takes the embedded database).
 */
@SecondTestServer
class IngestCommandIT {

    private static final String WANLI_UNIT = "310107-eece0746";

    @TempDir
    Path dir;

    @LocalServerPort
    int port;

    @Autowired
    ReportPurge purge;

    private final CommandRun command = new CommandRun();

    @AfterEach
    void removeWhatTheServerWasSent() {
        purge.purgeRegion("310107");
    }

    @Test
    void toARunningServerWithAnApiKeyAndNoDatabaseOfItsOwn() throws IOException {
        var file = CommandRun.fixture("sh_putuo_wanli_jiedao_2024_dept_budget.txt", dir);
        var server = "http://localhost:" + port;
        var unused = dir.resolve("neo4j");
        var noDatabase = "--kemu.neo4j.embedded.data-dir=" + unused;

        assertThat(command.run("ingest", file.toString(), "--dry-run", "--server", server, "--api-key",
                KemuIntegrationTest.API_KEY, noDatabase)).isZero();
        assertThat(command.summaryRow("sh_putuo_wanli_jiedao_2024_dept_budget.txt")).startsWith("CREATED");
        assertThat(command.stdout()).contains("1 documents: 1 CREATED; ").endsWith("(dry run: nothing was written)\n");
        // the dry run wrote nothing: the report is new to the server now
        assertThat(command.run("ingest", file.toString(), "--server", server, "--api-key", KemuIntegrationTest.API_KEY,
                noDatabase)).isZero();
        assertThat(command.summaryRow("sh_putuo_wanli_jiedao_2024_dept_budget.txt")).startsWith("CREATED")
                .endsWith(WANLI_UNIT + ":2024:BUDGET");
        assertThat(command.run("ingest", file.toString(), "--server", server, "--api-key", KemuIntegrationTest.API_KEY))
                .isZero();
        assertThat(command.summaryRow("sh_putuo_wanli_jiedao_2024_dept_budget.txt")).startsWith("UNCHANGED");
        assertThat(command.run("ingest", file.toString(), "--server", server, "--api-key", "not-a-key")).isEqualTo(1);
        assertThat(command.stdout()).contains("FAILED").contains("the server refused");

        var exported = dir.resolve("wanli.json");
        assertThat(command.run("export", "--server", server, "--unit", WANLI_UNIT, "--year", "2024", "--kind", "BUDGET",
                "--out", exported.toString(), noDatabase)).isZero();
        assertThat(Files.readString(exported)).contains("\"name\" : \"上海市普陀区人民政府万里街道办事处\"");
        assertThat(command.run("import", exported.toString(), "--server", server, "--api-key", KemuIntegrationTest.API_KEY,
                noDatabase)).isZero();
        assertThat(command.stdout()).startsWith("UNCHANGED " + WANLI_UNIT + ":2024:BUDGET");
        assertThat(unused).doesNotExist();
    }
}
