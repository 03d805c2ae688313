package org.kemu.importing;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kemu.report.ReportIds;
import org.kemu.support.GraphSize;
import org.kemu.support.HttpGraphQlTesterConfiguration;
import org.kemu.support.KemuIntegrationTest;
import org.kemu.support.SecondTestServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Imports through the API and the importer: validation, atomicity, idempotency, corrections, round trips. */
@SecondTestServer
class ImportIT {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private static final String TEST_REGION = "110101";
    private static final String TEST_UNIT = ReportIds.unitId(TEST_REGION, "测试区示例中心");
    private static final String TEST_REPORT = ReportIds.reportId(TEST_UNIT, 2030, "FINAL_ACCOUNT");

    @Autowired
    GraphQlTester graphQl;

    @Autowired
    Environment environment;

    @Autowired
    ReportImporter importer;

    @Autowired
    ReportExporter exporter;

    @Autowired
    SeedLoader seedLoader;

    @Autowired
    ReportPurge purge;

    @Autowired
    ReportReader reader;

    @Autowired
    Neo4jClient neo4j;

    @AfterEach
    void removeTestData() {
        purge.purgeRegion(TEST_REGION);
    }

    @Test
    void importsOverTheApiWithAKeyAndReadsBackExactFigures() {
        var response = writer().documentName("importReports").variable("documents", List.of(testDocument())).execute();
        response.path("importReports.ok").entity(Boolean.class).isEqualTo(true);
        response.path("importReports.reports[0]").matchesJson("""
                {"unitId": "%s", "unitName": "测试区示例中心", "year": 2030, "kind": "FINAL_ACCOUNT", "status": "CREATED",
                 "lineCount": 4}
                """.formatted(TEST_UNIT));
        var lines = graphQl.documentName("reportRevisions").variable("unitId", TEST_UNIT).variable("year", 2030).execute();
        lines.path("report.lines[*].subject.code").entityList(String.class).containsExactly("2080109", "2080199");
        lines.path("report.lines[0].total").entity(BigDecimal.class).isEqualTo(new BigDecimal("1002500.00"));
        lines.path("report.revisions").entityList(Object.class).hasSize(0);
    }

    @Test
    void purgingARegionRemovesEveryPartItsReportsAddedAndTheirRevisions() {
        var before = GraphSize.of(neo4j);
        importer.importAll(List.of(input("v1.json", testJson())), false);
        importer.importAll(List.of(input("v2.json", testJson().replace("\"total\": 100.25", "\"total\": 100.35"))), false);
        assertThat(GraphSize.of(neo4j)).isNotEqualTo(before);
        assertThat(purge.purgeRegion(TEST_REGION)).isEqualTo(1);
        assertThat(GraphSize.of(neo4j)).isEqualTo(before);
    }

    @Test
    void theMutationNeedsAValidKey() {
        graphQl.documentName("importReports").variable("documents", List.of(testDocument())).execute()
                .errors().satisfy(errors -> {
                    assertThat(errors.getFirst().getErrorType()).isEqualTo(ErrorType.FORBIDDEN);
                    assertThat(errors.getFirst().getMessage()).contains("X-Api-Key");
                });
        HttpGraphQlTesterConfiguration.withHeader(environment, "X-Api-Key", "wrong").documentName("importReports")
                .variable("documents", List.of(testDocument())).execute()
                .errors().satisfy(errors -> assertThat(errors.getFirst().getMessage()).contains("not valid"));
        assertThat(reportCount(TEST_UNIT)).isZero();
    }

    @Test
    void importingTheSameDocumentTwiceChangesNothing() {
        importer.importAll(List.of(input("a.json", testJson())), false);
        var before = GraphSize.of(neo4j);
        var second = importer.importAll(List.of(input("a.json", testJson())), false);
        assertThat(second.reports()).extracting(ImportResult.ReportOutcome::status).containsExactly(ImportResult.Status.UNCHANGED);
        assertThat(GraphSize.of(neo4j)).isEqualTo(before);
    }

    @Test
    void aCorrectionReplacesTheFiguresAndKeepsThePreviousVersion() {
        importer.importAll(List.of(input("v1.json", testJson())), false);
        var corrected = testJson().replace("\"total\": 100.25, \"basic\": 80.25", "\"total\": 100.35, \"basic\": 80.35");
        var result = importer.importAll(List.of(input("v2.json", corrected)), false);
        assertThat(result.reports()).extracting(ImportResult.ReportOutcome::status).containsExactly(ImportResult.Status.REPLACED);
        var response = writer().documentName("reportRevisions").variable("unitId", TEST_UNIT).variable("year", 2030).execute();
        response.path("report.lines[0].total").entity(BigDecimal.class).isEqualTo(new BigDecimal("1003500.00"));
        response.path("report.revisions").entityList(Object.class).hasSize(1);
        response.path("report.revisions[0].document.lines[1].total").entity(BigDecimal.class)
                .isEqualTo(new BigDecimal("100.25"));
        response.path("report.revisions[0].importedAt").hasValue();
    }

    @Test
    void aRevisionsDocumentNeedsAKeyWhileTheCurrentReportStaysPublic() {
        importer.importAll(List.of(input("v1.json", testJson())), false);
        importer.importAll(List.of(input("v2.json", testJson().replace("\"total\": 100.25", "\"total\": 100.35"))), false);
        graphQl.documentName("reportRevisions").variable("unitId", TEST_UNIT).variable("year", 2030).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getErrorType()).isEqualTo(ErrorType.FORBIDDEN);
                    assertThat(error.getMessage()).contains("a revision's document needs an API key");
                }))
                .path("report.lines[0].total").entity(BigDecimal.class).isEqualTo(new BigDecimal("1003500.00"))
                .path("report.revisions[0].checksum").hasValue()
                .path("report.revisions[0].document").valueIsNull();
    }

    @Test
    void onlyTheNewestRevisionsAreKeptAndTheContentsOnlyOlderOnesHadAreRemoved() {
        importer.importAll(List.of(input("v0.json", testJson())), false);
        for (int i = 1; i <= 5; i++) {
            importer.importAll(List.of(input("v" + i + ".json", testJson().replace("\"total\": 100.25", "\"total\": 100.2" + i))), false);
        }
        var kept = reader.revisions(List.of(TEST_REPORT));
        assertThat(kept).as("kemu.revisions.keep=3 in the test server").hasSize(3);
        assertThat(kept.getFirst().documentJson()).contains("\"total\":100.24,");
        assertThat(contentsOf(TEST_REPORT)).as("one of each field, and the lines of each kept version")
                .isEqualTo(distinctFieldValues(kept)).isEqualTo(fieldCount(kept.getFirst()) + 2);
        assertThat(unreferencedContents()).isZero();
    }

    /**
     * Going back and forth between two versions that share a large {@code notes}: as many revisions as ever, but each
     * distinct content stored once, so the notes are stored once however often the report is corrected.
     */
    @Test
    void identicalRevisionContentsAreStoredOnce() {
        var notes = "N".repeat(1_000_000);
        var a = testJson().replace("\"notes\": [\"synthetic\"]", "\"notes\": [\"" + notes + "\"]");
        var b = a.replace("\"total\": 100.25", "\"total\": 100.35");
        for (int i = 0; i < 6; i++) {
            importer.importAll(List.of(input("v" + i + ".json", i % 2 == 0 ? a : b)), false);
        }
        var kept = reader.revisions(List.of(TEST_REPORT));
        assertThat(kept).as("five replaced versions, the newest 3 kept").hasSize(3);
        assertThat(contentsOf(TEST_REPORT)).as("every field once, and the lines of both versions")
                .isEqualTo(distinctFieldValues(kept)).isEqualTo(fieldCount(kept.getFirst()) + 1);
        var stored = neo4j.query("""
                        MATCH (v:ReportRevision {reportId: $id})-[:HAS_PART]->(c:RevisionContent)
                        WITH DISTINCT c RETURN sum(size(c.json)) AS n
                        """)
                .bind(TEST_REPORT).to("id").fetchAs(Long.class).mappedBy((t, row) -> row.get("n").asLong()).one().orElseThrow();
        var wholeDocuments = kept.stream().mapToLong(v -> v.documentJson().length()).sum();
        System.out.printf("revision contents of a report with 1,000,000 characters of notes, 3 revisions kept: "
                + "%,d characters stored, %,d as whole documents%n", stored, wholeDocuments);
        assertThat(stored).isBetween((long) notes.length(), notes.length() + 10_000L);
        assertThat(wholeDocuments).isGreaterThan(3L * notes.length());
        assertThat(unreferencedContents()).isZero();
    }

    @Test
    void aDryRunValidatesAndWritesNothing() {
        var before = GraphSize.of(neo4j);
        var response = writer().documentName("importReports").variable("documents", List.of(testDocument()))
                .variable("dryRun", true).execute();
        response.path("importReports.reports[0].status").entity(String.class).isEqualTo("CREATED");
        response.path("importReports.dryRun").entity(Boolean.class).isEqualTo(true);
        assertThat(GraphSize.of(neo4j)).isEqualTo(before);
    }

    @Test
    void amountsTravelExactlyThroughGraphQlVariables() {
        var document = testJson().replace("\"amount\": 120.50,", "\"amount\": 9007199254740993.01, \"unit\": \"元\",");
        writer().documentName("importReports").variable("documents", List.of(parse(document))).execute()
                .path("importReports.ok").entity(Boolean.class).isEqualTo(true);
        var exported = graphQl.documentName("exportReport").variable("unitId", TEST_UNIT).variable("year", 2030).execute();
        exported.path("exportReport.figures[0].amount").entity(BigDecimal.class)
                .isEqualTo(new BigDecimal("9007199254740993.01"));
    }

    @Test
    void invalidDocumentsAreRejectedWithTheirPlaceAndNothingIsWritten() {
        var before = GraphSize.of(neo4j);
        rejects("truncated.json", testJson().substring(0, 400), "$.lines[0].scheme",
                "not a valid kemu-report/1 document (line 10, column 19): Unexpected end-of-input");
        rejects("huge.json", testJson().replace("\"amount\": 120.50", "\"amount\": 9007199254740993.01"),
                "$.figures[0].amount", "9007199254740993.01", "too large");
        rejects("malformed.json", "{\"format\": \"kemu-report/1\", \"year\": 20x0}", "$", "not a valid kemu-report/1 document");
        rejects("empty.json", "   ", "$", "empty document");
        rejects("unit.json", testJson().replace("\"amountUnit\": \"万元\"", "\"amountUnit\": \"千元\""),
                "$.amountUnit", "千元", "unknown amount unit: expected 元 or 万元");
        rejects("code.json", testJson().replace("\"code\": \"2080109\"", "\"code\": \"2089998\""),
                "$.lines[1].code", "2089998", "unknown FUNCTION code");
        rejects("shape.json", testJson().replace("\"code\": \"2080109\"", "\"code\": \"20801X9\""),
                "$.lines[1].code", "20801X9", "not a FUNCTION code");
        rejects("region.json", testJson().replace("\"regionCode\": \"110101\"", "\"regionCode\": \"119999\""),
                "$.unit.regionCode", "119999", "unknown region code");
        rejects("negative.json", testJson().replace("\"total\": 20.25", "\"total\": -20.25"),
                "$.lines[2].total", "-20.25", "negative amount");
        rejects("decimals.json", testJson().replace("\"amount\": 3000", "\"amount\": 3000.001"),
                "$.threePublic[0].details[0].amount", "3000.001", "more than 2 decimals in 元 (finer than 1 分)");
        rejects("text.json", testJson().replace("\"total\": 20.25", "\"total\": \"二十\""),
                "$.lines[2].total", "not a valid kemu-report/1 document");
        rejects("year.json", testJson().replace("\"year\": 2030", "\"year\": 1999"), "$.year", "1999", "outside 2000–2100");
        rejects("duplicate.json", testJson().replace("\"code\": \"208\"", "\"code\": \"2080109\""),
                "$.lines[1]", "2080109", "duplicate line: FUNCTION 2080109 with fund ALL appears more than once");
        rejects("path.json", testJson().replace("\"其他人力资源和社会保障管理事务支出\"],", "\"不存在的项\"],"),
                "$.lines[2].namePath", "人力资源和社会保障管理事务 / 不存在的项", "the name path matches no subject");
        rejects("ambiguous.json", testJson().replace("[\"人力资源和社会保障管理事务\", \"其他人力资源和社会保障管理事务支出\"]", "[\"行政运行\"]"),
                "$.lines[2].namePath", "行政运行", "the name path is ambiguous: it matches 2010101");
        assertThat(GraphSize.of(neo4j)).isEqualTo(before);
    }

    @Test
    void looseInputIsRefusedWithItsPathAndNothingIsWritten() {
        var before = GraphSize.of(neo4j);
        rejects("fraction.json", testJson().replace("\"year\": 2030", "\"year\": 2030.5"), "$.year",
                "not a valid kemu-report/1 document", "a whole number");
        rejects("year-text.json", testJson().replace("\"year\": 2030", "\"year\": \"2030\""), "$.year", "a whole number");
        rejects("amount-text.json", testJson().replace("\"total\": 20.25", "\"total\": \"20.25\""), "$.lines[2].total",
                "a number");
        rejects("staff.json", testJson().replace("\"actual\": 8", "\"actual\": -8"), "$.staff.actual", "-8",
                "negative count");
        rejects("key.json", testJson().replace("\"key\": \"EXPENDITURE_TOTAL\"", "\"key\": \"EXPENDITURE_TOTL\""),
                "$.figures[0].key", "EXPENDITURE_TOTL", "expected one of");
        rejects("null-line.json", testJson().replace("\"unit\": \"万元\" }\n  ],", "\"unit\": \"万元\" },\n    null\n  ],"),
                "$.lines[4]", "null entry");
        rejects("null-figure.json", testJson().replace("\"figures\": [", "\"figures\": [ null,"), "$.figures[0]",
                "null entry");
        rejects("null-indicator.json", testJson().replace("\"indicators\": [", "\"indicators\": [ null,"),
                "$.projects[0].indicators[0]", "null entry");
        rejects("unit-text.json", testJson().replace("\"unit\": { \"name\": \"测试区示例中心\", \"regionCode\": \"110101\","
                        + " \"supervisor\": \"测试区示例局\", \"type\": \"全额拨款事业单位\" }", "\"unit\": \"测试区示例中心\""),
                "$.unit", "a unit object");
        assertThatThrownBy(() -> importer.importAll(List.of(input("t.json", testJson().replace("\"year\": 2030", "\"year\": \"x\""))), false))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("org.kemu", "java.lang", "CoercionConfig"));
        assertThat(GraphSize.of(neo4j)).isEqualTo(before);
    }

    @Test
    void aDocumentWithoutLinesRemovesTheStoredLinesOnlyWhenItSaysSo() {
        importer.importAll(List.of(input("v1.json", testJson())), false);
        var withoutLines = testJson().replaceAll("(?s)\"lines\": \\[.*?\\],\n  \"figures\"", "\"lines\": [],\n  \"figures\"");
        rejects("empty.json", withoutLines, "$.lines", "the stored report " + TEST_UNIT + ":2030:FINAL_ACCOUNT has 4",
                "\"replaceEmpty\": true");
        assertThat(reportCount(TEST_UNIT)).isOne();
        var result = importer.importAll(List.of(input("empty.json",
                withoutLines.replace("\"format\": \"kemu-report/1\",", "\"format\": \"kemu-report/1\", \"replaceEmpty\": true,"))), false);
        assertThat(result.reports()).extracting(ImportResult.ReportOutcome::status, ImportResult.ReportOutcome::lineCount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ImportResult.Status.REPLACED, 0));
    }

    @Test
    void aFailureAnywhereInABatchWritesNothingOfIt() {
        var before = GraphSize.of(neo4j);
        var good = input("good.json", testJson());
        var bad = input("bad.json", testJson().replace("测试区示例中心", "测试区另一中心").replace("\"code\": \"30101\"", "\"code\": \"30199X\""));
        assertThatThrownBy(() -> importer.importAll(List.of(good, bad), false))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("bad.json $.lines[3].code = 30199X");
        assertThat(GraphSize.of(neo4j)).isEqualTo(before);
    }

    @Test
    void aNameThatDiffersFromTheClassificationIsAWarningWithBothNames() {
        var result = importer.importAll(List.of(input("names.json",
                testJson().replace("\"name\": \"社会保险经办机构\"", "\"name\": \"社保经办\""))), true);
        assertThat(result.warnings()).extracting(ImportProblem::toString).contains(
                "WARNING names.json $.lines[1].name = 社保经办: the classification names 2080109 \"社会保险经办机构\"; the document says \"社保经办\"");
    }

    @Test
    void totalsThatDisagreeWithTheirPartsAreWarningsNotRejections() {
        var result = importer.importAll(List.of(input("sum.json",
                testJson().replace("\"total\": 120.50, \"table\"", "\"total\": 130.50, \"table\""))), true);
        assertThat(result.reports()).hasSize(1);
        assertThat(result.warnings()).extracting(ImportProblem::message)
                .anySatisfy(m -> assertThat(m).startsWith("PARENT_EQUALS_CHILDREN").contains("1,305,000.00 元"));
    }

    @Test
    void everySeedReportSurvivesExportAndReimportIntoAnEmptyDatabase() {
        var ids = neo4j.query("MATCH (r:Report) RETURN r.id AS id ORDER BY id").fetchAs(String.class)
                .mappedBy((t, row) -> row.get("id").asString()).all().stream().toList();
        assertThat(ids).hasSize(9);
        var before = snapshot();
        var documents = exporter.export(ids);
        var inputs = new ArrayList<ReportImporter.Input>();
        documents.forEach((id, doc) -> inputs.add(input(id, ReportExporter.toJson(doc))));
        assertThat(importer.importAll(inputs, true).reports()).extracting(ImportResult.ReportOutcome::status)
                .containsOnly(ImportResult.Status.UNCHANGED);
        try {
            purge.purgeAll();
            assertThat(snapshot()).isEmpty();
            var result = importer.importAll(inputs, false);
            assertThat(result.reports()).extracting(ImportResult.ReportOutcome::status).containsOnly(ImportResult.Status.CREATED);
            assertThat(snapshot()).isEqualTo(before);
        } finally {
            seedLoader.load(true);
        }
        assertThat(snapshot()).isEqualTo(before);
    }

    /** Every line and figure of every report, as text, to compare databases. */
    private List<String> snapshot() {
        return neo4j.query("""
                MATCH (r:Report)
                OPTIONAL MATCH (r)-[]->(part)
                WITH r, part ORDER BY r.id, labels(part)[0], part.position, part.scheme, part.code, part.fund
                RETURN r.id AS report, labels(part)[0] AS label, properties(part) AS props
                """).fetchAs(String.class).mappedBy((t, row) -> row.get("report").asString() + " "
                        + row.get("label").asString("") + " "
                        + (row.get("props").isNull() ? "" : new java.util.TreeMap<>(row.get("props").asMap()).toString()))
                .all().stream().toList();
    }

    private void rejects(String file, String json, String path, String... messageParts) {
        assertThatThrownBy(() -> importer.importAll(List.of(input(file, json)), false))
                .isInstanceOf(ImportException.class)
                .satisfies(e -> {
                    var problems = ((ImportException) e).problems();
                    assertThat(problems).anySatisfy(problem -> {
                        assertThat(problem.severity()).isEqualTo(ImportProblem.Severity.ERROR);
                        assertThat(problem.file()).isEqualTo(file);
                        assertThat(problem.path()).isEqualTo(path);
                        assertThat(problem.toString()).contains(messageParts);
                    });
                });
    }


    private long reportCount(String unitId) {
        return neo4j.query("MATCH (r:Report {unitId: $id}) RETURN count(r) AS n").bind(unitId).to("id")
                .fetchAs(Long.class).mappedBy((types, row) -> row.get("n").asLong()).one().orElseThrow();
    }

    private GraphQlTester writer() {
        return HttpGraphQlTesterConfiguration.withHeader(environment, "X-Api-Key", KemuIntegrationTest.API_KEY);
    }

    private long contentsOf(String reportId) {
        return neo4j.query("MATCH (:ReportRevision {reportId: $id})-[:HAS_PART]->(c:RevisionContent) RETURN count(DISTINCT c) AS n")
                .bind(reportId).to("id").fetchAs(Long.class).mappedBy((t, row) -> row.get("n").asLong()).one().orElseThrow();
    }

    private long unreferencedContents() {
        return neo4j.query("MATCH (c:RevisionContent) WHERE NOT EXISTS { (c)<-[:HAS_PART]-() } RETURN count(c) AS n")
                .fetchAs(Long.class).mappedBy((t, row) -> row.get("n").asLong()).one().orElseThrow();
    }

    /** How many different values the top-level fields of the revisions' documents have, field by field. */
    private static long distinctFieldValues(List<ReportReader.StoredRevision> revisions) {
        return revisions.stream().flatMap(v -> JSON.readTree(v.documentJson()).properties().stream())
                .map(Map.Entry::getValue).distinct().count();
    }

    private static long fieldCount(ReportReader.StoredRevision revision) {
        return JSON.readTree(revision.documentJson()).properties().size();
    }

    private static ReportImporter.Input input(String name, String json) {
        return new ReportImporter.Input(name, json);
    }

    private static Object testDocument() {
        return parse(testJson());
    }

    private static Object parse(String json) {
        return JSON.readValue(json, Map.class);
    }

    private static String testJson() {
        try {
            return new ClassPathResource("importing/test-report.json").getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
