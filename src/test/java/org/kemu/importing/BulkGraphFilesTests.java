package org.kemu.importing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The CSV files for Neo4j's importer: typed headers written last, quoting, arrays, no property for a null, rows that
 * end at their last value, and which files hold line breaks.
 */
class BulkGraphFilesTests {

    @TempDir
    Path dir;

    @Test
    void headersTypeEveryPropertyByItsValuesAndBodiesQuoteText() throws Exception {
        var files = new BulkGraphFiles(dir);
        var first = new HashMap<String, Object>();
        first.put("name", "社保中心 \"经办\", 一处\n二处");
        first.put("year", 2024);
        first.put("totalFen", 123_456_789_012L);
        first.put("finest", true);
        first.put("note", null);
        var a = files.node("Line", first);
        var b = files.node("Line", Map.of("namePath", List.of("社会保障和就业支出", "社会保险经办机构"),
                "counts", List.of(3, 4), "year", 2025));
        files.relationship("NEXT", a, b, Map.of());
        var arguments = files.finish();

        assertThat(arguments).containsExactly(
                "--nodes=" + dir.resolve("node-Line-header.csv") + "," + dir.resolve("node-Line.csv"),
                "--relationships=" + dir.resolve("rel-NEXT-header.csv") + "," + dir.resolve("rel-NEXT.csv"),
                "--multiline-fields-format=v2", "--multiline-fields=" + dir.resolve("node-Line.csv"));
        var header = Files.readString(dir.resolve("node-Line-header.csv"), StandardCharsets.UTF_8);
        assertThat(header.strip().split(",")).startsWith(":ID", ":LABEL").contains("name:string", "year:long",
                "totalFen:long", "finest:boolean", "note:string", "namePath:string[]", "counts:long[]");
        var body = Files.readString(dir.resolve("node-Line.csv"), StandardCharsets.UTF_8);
        assertThat(body).contains("\"社保中心 \"\"经办\"\", 一处\n二处\"").contains("123456789012").contains("true")
                .contains("\"社会保障和就业支出\u001F社会保险经办机构\"").contains("\"3\u001F4\"");
        assertThat(Files.readString(dir.resolve("rel-NEXT.csv"), StandardCharsets.UTF_8)).isEqualTo(a + "," + b + ",NEXT\n");
        assertThat(files.nodeCount()).isEqualTo(2);
        assertThat(files.relationshipCount()).isEqualTo(1);
    }

    @Test
    void aRowEndsAtItsLastValueSinceTheImporterReadsAShortRowEndingEmptyIntoTheNext() throws Exception {
        var files = new BulkGraphFiles(dir);
        var early = new LinkedHashMap<String, Object>();
        early.put("scope", "");
        early.put("totalFen", 1_261_518_013L);
        early.put("basicFen", null);
        files.node("RegionTotal", early);
        var later = new LinkedHashMap<String, Object>(early);
        later.putAll(Map.of("scope", "64", "totalFen", 7_096_600L, "basicFen", 7_096_600L));
        later.put("projectFen", 0L);
        files.node("RegionTotal", later);
        files.finish();

        assertThat(Files.readAllLines(dir.resolve("node-RegionTotal.csv"), StandardCharsets.UTF_8)).containsExactly(
                "0,RegionTotal,\"\",1261518013", "1,RegionTotal,\"64\",7096600,7096600,0");
        assertThat(Files.readString(dir.resolve("node-RegionTotal-header.csv"), StandardCharsets.UTF_8).strip())
                .isEqualTo(":ID,:LABEL,scope:string,totalFen:long,basicFen:long,projectFen:long");
    }

    @Test
    void onlyTheFilesHoldingALineBreakAreReadAsMultiLine() {
        var files = new BulkGraphFiles(dir);
        files.node("Line", Map.of("statedName", "社会保险经办机构"));
        files.node("Project", Map.of("goal", "1.完成参保任务。\r\n2.完成稽核工作。"));
        files.node("Report", Map.of("notes", List.of("第一条", "第二条\n续")));

        assertThat(files.finish()).endsWith("--multiline-fields-format=v2",
                "--multiline-fields=" + dir.resolve("node-Project.csv") + "," + dir.resolve("node-Report.csv"));
    }

    @Test
    void filesWithoutLineBreaksAreReadAsSingleLines() {
        var files = new BulkGraphFiles(dir);
        files.node("Line", Map.of("statedName", "社会保险经办机构", "namePath", List.of("社会保障和就业支出")));

        assertThat(files.finish()).endsWith("--multiline-fields=false");
    }

    @Test
    void anEmptyListIsRefusedSinceTheImporterWouldStoreNoProperty() {
        try (var files = new BulkGraphFiles(dir)) {
            assertThatThrownBy(() -> files.node("Report", Map.of("notes", List.of())))
                    .hasMessageContaining("property notes of node-Report is an empty list");
        }
    }

    @Test
    void aListElementHoldingTheArrayDelimiterIsRefused() {
        try (var files = new BulkGraphFiles(dir)) {
            assertThatThrownBy(() -> files.node("Line", Map.of("namePath", List.of("a\u001Fb"))))
                    .hasMessageContaining("U+001F");
        }
    }
}
