package org.kemu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kemu.support.OwnDatabase;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ingest} as a user runs it on a folder of real disclosures — two files of one report, one that does not
 * reconcile, two that are no disclosure — into an embedded database of its own, then again with {@code --force}.
 */
@OwnDatabase
class IngestIntoEmbeddedIT {

    private static final String GAOYUAN_2019 = "32-a839bd81:2019:BUDGET";
    private static final String WANLI_UNIT = "310107-eece0746";

    @TempDir
    Path dir;

    private final CommandRun command = new CommandRun();

    @Test
    void goodDocumentsLandBadOnesAreReportedAndAgainNothingChanges() throws IOException {
        var docs = Files.createDirectories(dir.resolve("docs"));
        var gaoyuan = CommandRun.fixture("js_gaoyuan_2019_dept_budget.txt", docs);
        // the tables part alone, as a department publishes it beside the full document
        var lines = Files.readAllLines(gaoyuan);
        Files.write(docs.resolve("js_gaoyuan_2019_dept_budget_tables.txt"), lines.subList(159, lines.size()));
        CommandRun.fixture("sh_putuo_wanli_jiedao_2024_dept_budget.txt", Files.createDirectories(docs.resolve("putuo")));
        CommandRun.fixture("sh_putuo_caizhengju_2024_final.txt", docs);
        Files.writeString(docs.resolve("essay.txt"), "春天到了，河边的柳树发了新芽。孩子们在操场上放风筝。\n");
        Files.write(docs.resolve("scan.pdf"), new byte[] {0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3, (byte) 0xff, 0, 7});
        Files.writeString(docs.resolve("readme.md"), "not a document kind ingest reads");
        // a table cut from a page, without the unit or the year
        Files.writeString(docs.resolve("收支总表.html"), """
                <h3>收支预算总表</h3><p>单位：万元</p>
                <table><tr><td>项目</td><td>预算数</td><td>项目</td><td>预算数</td></tr>
                <tr><td>一、一般公共预算拨款收入</td><td>100.00</td><td>一、一般公共服务支出</td><td>100.00</td></tr>
                <tr><td>本年收入合计</td><td>100.00</td><td>本年支出合计</td><td>100.00</td></tr></table>
                """);
        var database = "--kemu.neo4j.embedded.data-dir=" + dir.resolve("neo4j");
        var json = dir.resolve("summary.json");

        assertThat(command.run("ingest", docs.toString(), "--summary", json.toString(), database)).isEqualTo(1);

        assertThat(command.summaryRow("js_gaoyuan_2019_dept_budget.txt")).startsWith("CREATED").contains("江苏省高级人民法院")
                .contains(" 32 ").endsWith(GAOYUAN_2019);
        assertThat(command.summaryRow("js_gaoyuan_2019_dept_budget_tables.txt")).startsWith("CREATED").endsWith(GAOYUAN_2019);
        assertThat(command.summaryRow("sh_putuo_wanli_jiedao_2024_dept_budget.txt")).startsWith("CREATED")
                .contains("上海市普陀区人民政府万里街道办事处").contains(" 310107 ").endsWith(WANLI_UNIT + ":2024:BUDGET");
        assertThat(command.summaryRow("sh_putuo_caizhengju_2024_final.txt")).startsWith("NOT_RECONCILED").endsWith("-");
        assertThat(command.summaryRow("essay.txt")).startsWith("FAILED");
        assertThat(command.summaryRow("scan.pdf")).startsWith("FAILED");
        assertThat(command.summaryRow("收支总表.html")).startsWith("FAILED");
        assertThat(command.stdout()).doesNotContain("readme.md").contains("not a budget disclosure")
                .contains("check(s) do not reconcile: line 142 208 total of 208")
                .contains("stated 326.72, parts sum to 326.71 万元").contains("pass --force")
                .contains("7 documents: 3 CREATED, 1 NOT_RECONCILED, 3 FAILED");
        assertThat(command.stderr()).contains("收支总表.html: BUDGET (year not found) (unit not found) (no region)");
        var summary = JsonMapper.builder().build().readTree(Files.readString(json));
        assertThat(summary.get("totals").get("documents").asInt()).isEqualTo(7);
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
        assertThat(command.summaryRow("sh_putuo_caizhengju_2024_final.txt")).startsWith("CREATED").contains(" no ");
        assertThat(command.summaryRow("js_gaoyuan_2019_dept_budget.txt")).startsWith("UNCHANGED");
        assertThat(command.summaryRow("js_gaoyuan_2019_dept_budget_tables.txt")).startsWith("UNCHANGED");
        assertThat(command.summaryRow("sh_putuo_wanli_jiedao_2024_dept_budget.txt")).startsWith("UNCHANGED");
        assertThat(Files.readAllLines(csv)).first()
                .isEqualTo("file,status,unitName,regionCode,year,kind,lines,reconciled,reportId,seconds,reason");
        assertThat(Files.readAllLines(csv)).filteredOn(l -> l.contains("caizhengju")).singleElement().asString()
                .contains(",CREATED,上海市普陀区财政局,310107,2024,FINAL_ACCOUNT,").contains(",false,")
                .contains("imported with --force");
    }
}
