package org.kemu.explore;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kemu.csv.Csv;
import org.kemu.support.KemuIntegrationTest;
import org.kemu.support.SeedUnit;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CSV download on its own, with the explorer's real queries: a UTF-8 file with BOM, the query's columns, exact
 * decimals, and the very figures GraphQL answers; mutations, bad requests and errors refused; budgets applied.
 */
@KemuIntegrationTest
class ExploreCsvIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Map<String, String> QUERIES = PageQueries.load();

    @LocalServerPort
    int port;

    @Test
    void aReportsLinesAreTheSameFiguresAsGraphQlGives() throws Exception {
        var variables = Map.of("unitId", SeedUnit.YANCHI.id(), "year", 2024, "unit", "YUAN");
        var response = csv("ExploreSpending", variables, "report.lines", "盐池 2024.csv");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
        assertThat(response.headers().firstValue("Content-Disposition")).hasValue(
                "attachment; filename=\"kemu.csv\"; filename*=UTF-8''%E7%9B%90%E6%B1%A02024.csv");
        var body = new String(response.body(), StandardCharsets.UTF_8);
        assertThat(response.body()).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(body.lines().findFirst().orElseThrow()).isEqualTo("\uFEFFreport.year,report.kind,report.amountUnit,"
                + "report.unit.id,report.unit.name,report.unit.region.code,report.unit.region.path,report.total,"
                + "report.basic,report.project,report.source.document,report.source.title,report.source.url,"
                + "report.source.table,report.source.unit,report.source.note,report.checks.rule,report.checks.severity,"
                + "report.checks.subject.code,report.checks.expected,report.checks.actual,report.checks.difference,"
                + "report.checks.message,report.glossary.number,report.glossary.statedTerm,report.glossary.text,"
                + "subject.code,subject.name,subject.level,level,statedName,fund,amount,basic,project,source.title,"
                + "source.table,source.unit,source.note");
        assertThat(body).contains("\r\n");
        var rows = Csv.parse(body, "download");
        var graphQl = graphQl("ExploreSpending", variables).at("/data/report/lines");
        assertThat(rows).hasSize(graphQl.size()).hasSize(17);
        for (int i = 0; i < rows.size(); i++) {
            var line = graphQl.get(i);
            var row = rows.get(i);
            assertThat(row.get("subject.code")).isEqualTo(line.at("/subject/code").asString());
            for (var measure : List.of("amount", "basic", "project")) {
                assertThat(row.get(measure)).as(row.get("subject.code") + " " + measure)
                        .isEqualTo(line.get(measure).asString());
            }
        }
        assertThat(rows.getFirst()).containsEntry("subject.code", "208").containsEntry("amount", "12615180.13")
                .containsEntry("basic", "2055306.13").containsEntry("project", "10559874.00")
                .containsEntry("report.total", "12984142.90").containsEntry("report.year", "2024");
        // the report's glossary is a list off the rows' path: each cell joins its values
        assertThat(rows.getFirst().get("report.glossary.statedTerm")).startsWith("一般公共预算财政拨款收入; 事业收入; ");
    }

    @Test
    void tenThousandYuanStayExactAndNegativeDecimalsStayNumbers() throws Exception {
        var variables = Map.of("left", Map.of("unitIds", List.of(SeedUnit.YANCHI.id()), "years", List.of(2024)),
                "right", Map.of("unitIds", List.of(SeedUnit.WUTONGQIAO.id()), "years", List.of(2024)),
                "level", "CLASS", "unit", "WAN_YUAN");
        var body = new String(csv("ExploreCompare", variables, "compare", "compare").body(), StandardCharsets.UTF_8);
        assertThat(body.lines().toList()).containsExactly(
                "\uFEFFsubject.code,subject.name,left,right,delta,pctChange",
                "208,社会保障和就业支出,1261.518013,807.68,-453.838013,-0.35975547580231027",
                "210,卫生健康支出,12.613277,13.05,0.436723,0.034624071127590396",
                "221,住房保障支出,24.283,28.18,3.897,0.16048264217765515");
    }

    @Test
    void projectsWithTheirIndicatorsOneRowPerIndicator() throws Exception {
        var variables = Map.of("unitId", SeedUnit.YANCHI.id(), "year", 2024, "unit", "WAN_YUAN");
        var response = csv("ExploreProjects", variables, "unit.reports.projects.indicators", "projects");
        var rows = Csv.parse(new String(response.body(), StandardCharsets.UTF_8), "download");
        var graphQl = graphQl("ExploreProjects", variables).at("/data/unit/reports");
        var indicators = 0;
        for (var report : graphQl) {
            for (var project : report.get("projects")) {
                indicators += Math.max(1, project.get("indicators").size());
            }
        }
        assertThat(rows).hasSize(indicators);
        assertThat(rows).filteredOn(row -> row.get("name").equals("预计领取退休职工民族团结奖人数")).singleElement()
                .satisfies(row -> assertThat(row).containsEntry("unit.reports.projects.name", "2024年企业退休人员民族团结奖")
                        .containsEntry("unit.reports.projects.executed", "651.90").containsEntry("weight", "10")
                        .containsEntry("score", "9.8").containsEntry("target", "5547人"));
    }

    @Test
    void onlyQueriesWithARowsPathWithoutErrorsAreWritten() throws Exception {
        var mutation = send("/explore/csv?query=" + encode("mutation { importReports(documents: []) { ok } }")
                + "&rows=importReports");
        assertThat(mutation.statusCode()).isEqualTo(405);
        assertThat(json(mutation).at("/errors/0/extensions/code").asString()).isEqualTo("METHOD_NOT_ALLOWED");

        var noRows = send("/explore/csv?query=" + encode("{ regions { code } }"));
        assertThat(noRows.statusCode()).isEqualTo(400);
        assertThat(json(noRows).at("/errors/0/message").asString()).contains("rows=");

        var wrongRows = send("/explore/csv?query=" + encode("{ regions { code } }") + "&rows=region");
        assertThat(wrongRows.statusCode()).isEqualTo(400);
        assertThat(json(wrongRows).at("/errors/0/message").asString()).contains("no field region");

        var broken = send("/explore/csv?query=" + encode("{ regions { code ") + "&rows=regions");
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(json(broken).at("/errors/0/extensions/classification").asString()).isEqualTo("InvalidSyntax");

        var unknownUnit = csv("ExploreSpending", Map.of("unitId", "999999-00000000", "year", 2024), "report.lines", "x");
        assertThat(unknownUnit.statusCode()).isEqualTo(400);
        assertThat(unknownUnit.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(json(unknownUnit).at("/errors/0/message").asString()).contains("999999-00000000");
    }

    @Test
    void downloadsSpendTheClientsBudget() throws Exception {
        var query = encode("{ regions(parentCode: \"51\") { code name } }");
        var response = HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/explore/csv?rows=regions&query=" + query))
                .header("X-Forwarded-For", "198.51.100.18").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("X-RateLimit-Limit")).hasValue("1500");
        assertThat(response.headers().firstValue("X-Query-Cost")).hasValue("500");
        assertThat(response.body()).startsWith("\uFEFFcode,name\r\n5101,成都市\r\n");
    }

    private HttpResponse<byte[]> csv(String operation, Map<String, ?> variables, String rows, String filename)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(base() + "/explore/csv?query=" + encode(QUERIES.get(operation))
                + "&variables=" + encode(JSON.writeValueAsString(variables)) + "&rows=" + encode(rows)
                + "&filename=" + encode(filename))).GET().build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private JsonNode graphQl(String operation, Map<String, ?> variables) throws IOException, InterruptedException {
        var body = JSON.writeValueAsString(Map.of("query", QUERIES.get(operation), "variables", variables));
        var request = HttpRequest.newBuilder(URI.create(base() + "/graphql")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return JSON.readTree(HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body());
    }

    private HttpResponse<byte[]> send(String pathAndQuery) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base() + pathAndQuery)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static JsonNode json(HttpResponse<byte[]> response) {
        return JSON.readTree(new String(response.body(), StandardCharsets.UTF_8));
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
