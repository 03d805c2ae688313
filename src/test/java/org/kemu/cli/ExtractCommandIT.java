package org.kemu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kemu.importing.ReportPurge;
import org.kemu.support.CliDatabase;
import org.kemu.support.SecondTestServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * The extract and import --from-text commands as a user runs them: files on disk, exit codes, stdout and stderr,
 * and for imports the tests' shared database, reached as an external one.
 */
@SecondTestServer
class ExtractCommandIT {

    private static final String JIANGSU = "32";

    @Autowired
    ApplicationContext context;

    @Autowired
    ReportPurge purge;

    @TempDir
    Path dir;

    private final CommandRun command = new CommandRun();

    @Test
    void extractPrintsTheReportInTheImportFormatAndSaysItReconciles() throws IOException {
        var report = dir.resolve("report.json");

        var exit = command.run("extract", CommandRun.fixture("js_gaoyuan_2019_dept_budget.txt", dir).toString(), "--region", "32",
                "--report", report.toString());

        assertThat(exit).isZero();
        var document = JsonMapper.builder().build().readTree(command.stdout());
        assertThat(document.get("format").asString()).isEqualTo("kemu-report/1");
        assertThat(document.get("unit").get("name").asString()).isEqualTo("江苏省高级人民法院");
        assertThat(document.get("unit").get("regionCode").asString()).isEqualTo("32");
        assertThat(document.get("year").asInt()).isEqualTo(2019);
        assertThat(document.get("kind").asString()).isEqualTo("BUDGET");
        assertThat(command.stderr()).contains("reconciled with the document's own totals");
        var extractionReport = JsonMapper.builder().build().readTree(Files.readString(report));
        assertThat(extractionReport.get("reconciled").asBoolean()).isTrue();
    }

    /** The README's extract example: every line it prints, "…" aside, is on stderr, in that order. */
    @Test
    void theReadmesExampleShowsWhatExtractSays() throws IOException {
        var readme = Files.readString(Path.of("README.md"));
        var start = readme.indexOf("$ java -jar target/kemu.jar extract ");
        var example = readme.substring(start, readme.indexOf("```", start)).lines().toList();
        var args = example.getFirst().substring("$ java -jar target/kemu.jar ".length()).split(" --report ")[0]
                .split(" ");

        assertThat(this.command.run(args)).isZero();
        var printed = example.subList(1, example.size()).stream().filter(line -> !line.strip().equals("…")).toList();
        assertThat(printed).hasSizeGreaterThan(5);
        assertThat(this.command.stderr().lines().toList()).containsSubsequence(printed);
    }

    /** A damaged workbook, read as a user runs the command: one line saying so, no library's log line before it. */
    @Test
    void aDamagedWorkbookIsOneLineOfErrorInTheUsersTerminal() throws IOException, InterruptedException {
        var workbook = dir.resolve("公开表.xlsx");
        try (var sheets = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            sheets.createSheet("表1").createRow(0).createCell(0).setCellValue("收支总表");
            sheets.write(out);
            Files.write(workbook, Arrays.copyOf(out.toByteArray(), out.size() / 2));
        }
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var process = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "org.kemu.cli.Main", "extract", workbook.toString()).redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor()).isEqualTo(1);
        assertThat(output.lines().filter(line -> !line.startsWith("WARNING: "))).singleElement().asString()
                .startsWith("ERROR 公开表.xlsx: not a readable spreadsheet");
    }

    @Test
    void extractReadsAPublishedPdfWithoutAnyExternalProgram() throws IOException {
        var exit = command.run("extract", CommandRun.fixture("js_rendachangweihui_2019_budget_tables.pdf", dir).toString(), "--region", "32");

        assertThat(exit).isZero();
        // 公开表五, "2010101 行政运行 7,448.20"
        assertThat(command.stdout()).contains("\"code\" : \"2010101\"").contains("7448.20");
        assertThat(command.stderr()).contains("reconciled with the document's own totals");
    }

    @Test
    void extractExitsWithThreeAndNamesTheLineWhenFiguresDoNotReconcile() throws IOException {
        var exit = command.run("extract", CommandRun.fixture("synthetic_final_wan_yuan.txt", dir).toString());

        assertThat(exit).isEqualTo(3);
        assertThat(command.stdout()).contains("\"21201\"");
        assertThat(command.stderr()).contains("line 18 21201").contains("stated 480.50, parts sum to 470.50 万元")
                .contains("check(s) do not reconcile");
    }

    @Test
    void garbageIsRejectedWithExitOneAndNoDatabaseIsEverOpened() throws IOException {
        var empty = Files.writeString(dir.resolve("empty.txt"), "");
        var essay = Files.writeString(dir.resolve("essay.txt"), "春天到了，河边的柳树发了新芽。孩子们在操场上放风筝。\n");
        var binary = Files.write(dir.resolve("scan.pdf"), new byte[] {0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3, (byte) 0xff,
                (byte) 0xfe, 0, 0, 0, 7, 8, 9, 0, 0, (byte) 0x80, (byte) 0x81});
        var database = dir.resolve("neo4j");

        assertThat(command.run("extract", empty.toString())).isEqualTo(1);
        assertThat(command.stderr()).contains("empty.txt: the text is empty");
        assertThat(command.run("import", "--from-text", essay.toString(), "--region", "510112",
                "--kemu.neo4j.embedded.data-dir=" + database)).isEqualTo(1);
        assertThat(command.stderr()).contains("essay.txt: not a budget disclosure").contains("nothing was imported");
        assertThat(command.run("import", "--from-text", binary.toString(), "--region", "510112",
                "--kemu.neo4j.embedded.data-dir=" + database)).isEqualTo(1);
        assertThat(command.stderr()).contains("scan.pdf: not a PDF");
        assertThat(command.run("extract", dir.resolve("missing.txt").toString())).isEqualTo(1);
        assertThat(command.stderr()).contains("missing.txt: cannot read");
        assertThat(database).doesNotExist();
    }

    @Test
    void importFromTextRefusesUnreconciledFiguresUnlessForced() throws IOException {
        var database = dir.resolve("neo4j");
        var text = CommandRun.fixture("synthetic_final_wan_yuan.txt", dir).toString();

        assertThat(command.run("import", "--from-text", text, "--api-key", "k")).isEqualTo(2);
        assertThat(command.stderr()).contains("--api-key is for --server URL");
        assertThat(command.run("import", "--from-text", text, "--region", "510112",
                "--kemu.neo4j.embedded.data-dir=" + database)).isEqualTo(1);
        assertThat(command.stderr()).contains("does not reconcile with its own totals").contains("--force");
        assertThat(database).doesNotExist();
    }

    @Test
    void importFromTextStoresAReconciledDisclosureOnceAndAgainChangesNothing() throws IOException {
        var database = CliDatabase.uriSetting(context);
        var text = CommandRun.fixture("js_gaoyuan_2019_dept_budget.txt", dir).toString();
        try {
            assertThat(command.run("import", "--from-text", text, "--region", JIANGSU, database)).isZero();
            assertThat(command.stdout()).contains("CREATED").contains("江苏省高级人民法院 2019 BUDGET");
            // the region found from the unit's name, 江苏省高级人民法院, is the one given before
            assertThat(command.run("import", "--from-text", text, database)).isZero();
            assertThat(command.stdout()).contains("UNCHANGED").doesNotContain("CREATED");
        } finally {
            purge.purgeRegion(JIANGSU);
        }
    }
}
