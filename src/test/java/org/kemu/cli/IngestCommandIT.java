package org.kemu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kemu.importing.ReportPurge;
import org.kemu.support.KemuIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ingest} as a user runs it on a folder of real disclosures — two files of one report, one that does not
 * reconcile, two that are no disclosure — into an embedded database of its own, and into the running test server
 * over HTTP with an API key; and {@code import}/{@code export} against that server.
 */
@KemuIntegrationTest
class IngestCommandIT {

    private static final String GAOYUAN_2019 = "32-a839bd81:2019:BUDGET";
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
    void goodDocumentsLandBadOnesAreReportedAndAgainNothingChanges() throws IOException {
        var docs = Files.createDirectories(dir.resolve("docs"));
        var gaoyuan = fixture("js_gaoyuan_2019_dept_budget.txt", docs);
        // the tables part alone, as a department publishes it beside the full document
        var lines = Files.readAllLines(gaoyuan);
        Files.write(docs.resolve("js_gaoyuan_2019_dept_budget_tables.txt"), lines.subList(159, lines.size()));
        fixture("sh_putuo_wanli_jiedao_2024_dept_budget.txt", Files.createDirectories(docs.resolve("putuo")));
        fixture("sh_putuo_caizhengju_2024_final.txt", docs);
        Files.writeString(docs.resolve("essay.txt"), "春天到了，河边的柳树发了新芽。孩子们在操场上放风筝。\n");
        Files.write(docs.resolve("scan.pdf"), new byte[] {0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3, (byte) 0xff, 0, 7});
        Files.writeString(docs.resolve("readme.md"), "not a document kind ingest reads");
        var database = "--kemu.neo4j.embedded.data-dir=" + dir.resolve("neo4j");
        var json = dir.resolve("summary.json");

        assertThat(command.run("ingest", docs.toString(), "--summary", json.toString(), database)).isEqualTo(1);

        assertThat(row("js_gaoyuan_2019_dept_budget.txt")).startsWith("CREATED").contains("江苏省高级人民法院")
                .contains(" 32 ").endsWith(GAOYUAN_2019);
        assertThat(row("js_gaoyuan_2019_dept_budget_tables.txt")).startsWith("CREATED").endsWith(GAOYUAN_2019);
        assertThat(row("sh_putuo_wanli_jiedao_2024_dept_budget.txt")).startsWith("CREATED")
                .contains("上海市普陀区人民政府万里街道办事处").contains(" 310107 ").endsWith(WANLI_UNIT + ":2024:BUDGET");
        assertThat(row("sh_putuo_caizhengju_2024_final.txt")).startsWith("NOT_RECONCILED").endsWith("-");
        assertThat(row("essay.txt")).startsWith("FAILED");
        assertThat(row("scan.pdf")).startsWith("FAILED");
        assertThat(command.stdout()).doesNotContain("readme.md").contains("not a budget disclosure")
                .contains("check(s) do not reconcile: line 142 208 total of 208")
                .contains("stated 326.72, parts sum to 326.71 万元").contains("pass --force")
                .contains("6 documents: 3 CREATED, 1 NOT_RECONCILED, 2 FAILED");
        var summary = JsonMapper.builder().build().readTree(Files.readString(json));
        assertThat(summary.get("totals").get("documents").asInt()).isEqualTo(6);
        assertThat(summary.get("totals").get("CREATED").asInt()).isEqualTo(3);
        var first = summary.get("documents").get(0);
        assertThat(first.get("file").asString()).endsWith("essay.txt");
        assertThat(first.get("status").asString()).isEqualTo("FAILED");
        var wanli = summary.get("documents").get(3);
        assertThat(wanli.get("file").asString()).endsWith("sh_putuo_wanli_jiedao_2024_dept_budget.txt");
        assertThat(wanli.get("regionCode").asString()).isEqualTo("310107");
        assertThat(wanli.get("year").asInt()).isEqualTo(2024);
        assertThat(wanli.get("reconciled").asBoolean()).isTrue();

        var csv = dir.resolve("summary.csv");
        assertThat(command.run("ingest", docs.toString(), "--force", "--summary", csv.toString(), database)).isEqualTo(1);

        // the unreconciled document was never written, not even in part: with --force it is new
        assertThat(row("sh_putuo_caizhengju_2024_final.txt")).startsWith("CREATED").contains(" no ");
        assertThat(row("js_gaoyuan_2019_dept_budget.txt")).startsWith("UNCHANGED");
        assertThat(row("js_gaoyuan_2019_dept_budget_tables.txt")).startsWith("UNCHANGED");
        assertThat(row("sh_putuo_wanli_jiedao_2024_dept_budget.txt")).startsWith("UNCHANGED");
        assertThat(Files.readAllLines(csv)).first()
                .isEqualTo("file,status,unitName,regionCode,year,kind,lines,reconciled,reportId,seconds,reason");
        assertThat(Files.readAllLines(csv)).filteredOn(l -> l.contains("caizhengju")).singleElement().asString()
                .contains(",CREATED,上海市普陀区财政局,310107,2024,FINAL_ACCOUNT,").contains(",false,")
                .contains("imported with --force");
    }

    @Test
    void toARunningServerWithAnApiKeyAndNoDatabaseOfItsOwn() throws IOException {
        var file = fixture("sh_putuo_wanli_jiedao_2024_dept_budget.txt", dir);
        var server = "http://localhost:" + port;
        var unused = dir.resolve("neo4j");
        var noDatabase = "--kemu.neo4j.embedded.data-dir=" + unused;

        assertThat(command.run("ingest", file.toString(), "--dry-run", "--server", server, "--api-key",
                KemuIntegrationTest.API_KEY, noDatabase)).isZero();
        assertThat(row("sh_putuo_wanli_jiedao_2024_dept_budget.txt")).startsWith("CREATED");
        assertThat(command.stdout()).contains("1 documents: 1 CREATED; ").endsWith("(dry run: nothing was written)\n");
        // the dry run wrote nothing: the report is new to the server now
        assertThat(command.run("ingest", file.toString(), "--server", server, "--api-key", KemuIntegrationTest.API_KEY,
                noDatabase)).isZero();
        assertThat(row("sh_putuo_wanli_jiedao_2024_dept_budget.txt")).startsWith("CREATED")
                .endsWith(WANLI_UNIT + ":2024:BUDGET");
        assertThat(command.run("ingest", file.toString(), "--server", server, "--api-key", KemuIntegrationTest.API_KEY))
                .isZero();
        assertThat(row("sh_putuo_wanli_jiedao_2024_dept_budget.txt")).startsWith("UNCHANGED");
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

    /** The summary table's row of a file, its columns joined by single spaces. */
    private String row(String fileName) {
        return command.stdout().lines().filter(l -> l.contains("/" + fileName + " ")).findFirst()
                .map(l -> l.replaceAll(" {2,}", " ").strip()).orElseThrow(() -> new AssertionError(
                        fileName + " not in the summary:\n" + command.stdout() + command.stderr()));
    }

    private Path fixture(String name, Path folder) throws IOException {
        try (var in = Objects.requireNonNull(getClass().getResourceAsStream("/extraction/" + name), name)) {
            var file = folder.resolve(name);
            Files.copy(in, file);
            return file;
        }
    }
}
