package org.kemu.importing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kemu.config.KemuProperties;
import org.kemu.report.ReportIds;
import org.kemu.support.GraphSize;
import org.kemu.support.SecondTestServer;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.data.neo4j.core.transaction.Neo4jTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A commit whose answer never arrives: the importer reads the batch back and tells its caller what really
 * happened. The commits are cut on a real connection between a real driver and the test database
 * ({@link BoltCommitCutter}), the importer being the application's own, built on a driver that goes through it.
 */
@SecondTestServer
class AmbiguousCommitIT {

    private static final String REGION = "110101";
    private static final String FIRST_UNIT = "测试区示例中心";
    private static final String SECOND_UNIT = "测试区示例二中心";
    private static final String FIRST = ReportIds.reportId(ReportIds.unitId(REGION, FIRST_UNIT), 2030, "FINAL_ACCOUNT");
    private static final String SECOND = ReportIds.reportId(ReportIds.unitId(REGION, SECOND_UNIT), 2030, "FINAL_ACCOUNT");

    @Autowired
    ReportPreparation preparation;

    @Autowired
    KemuProperties properties;

    @Autowired
    Neo4jConnectionDetails database;

    @Autowired
    Neo4jClient neo4j;

    @Autowired
    ReportPurge purge;

    private BoltCommitCutter cutter;
    private Driver driver;
    private ReportImporter importer;

    @BeforeEach
    void importThroughTheCutter() throws IOException {
        cutter = new BoltCommitCutter(database.getUri());
        driver = GraphDatabase.driver(cutter.uri(), database.getAuthToken());
        var client = Neo4jClient.create(driver);
        importer = new ReportImporter(preparation, new ReportWriter(client),
                new TransactionTemplate(new Neo4jTransactionManager(driver)), new ReportExporter(new ReportReader(client)),
                properties);
    }

    @AfterEach
    void removeTestData() {
        driver.close();
        cutter.close();
        purge.purgeRegion(REGION);
    }

    @Test
    void aBatchCommittedWhoseAnswerWasLostGetsItsTrueStatuses() {
        cutter.arm(BoltCommitCutter.Cut.AFTER_COMMIT);
        var created = importer.importAll(batch("100.25"), false);
        assertThat(cutter.fired()).isTrue();
        assertThat(created.reports()).extracting(ImportResult.ReportOutcome::status)
                .containsExactly(ImportResult.Status.CREATED, ImportResult.Status.CREATED);

        cutter.arm(BoltCommitCutter.Cut.AFTER_COMMIT);
        var replaced = importer.importAll(batch("100.35"), false);
        assertThat(cutter.fired()).isTrue();
        assertThat(replaced.reports()).extracting(ImportResult.ReportOutcome::status)
                .containsExactly(ImportResult.Status.REPLACED, ImportResult.Status.UNCHANGED);
        assertThat(revisions(FIRST)).isEqualTo(1);
        assertThat(storedTotal(FIRST)).isEqualTo(1_003_500_00L);

        cutter.arm(BoltCommitCutter.Cut.AFTER_COMMIT);
        var again = importer.importAll(batch("100.35"), false);
        assertThat(cutter.fired()).isTrue();
        assertThat(again.reports()).extracting(ImportResult.ReportOutcome::status)
                .containsExactly(ImportResult.Status.UNCHANGED, ImportResult.Status.UNCHANGED);
        assertThat(revisions(FIRST)).isEqualTo(1);
    }

    @Test
    void aBatchNotCommittedIsAFailureAndNothingOfItIsWritten() {
        importer.importAll(List.of(document(FIRST_UNIT, "100.25")), false);
        var before = GraphSize.of(neo4j);
        cutter.arm(BoltCommitCutter.Cut.BEFORE_COMMIT);
        var failure = catchThrowable(() -> importer.importAll(batch("100.35"), false));
        assertThat(cutter.fired()).isTrue();
        assertThat(failure).isNotNull().isNotInstanceOf(UnknownOutcomeException.class);
        assertThat(GraphSize.of(neo4j)).isEqualTo(before);
        assertThat(storedTotal(FIRST)).as("the original stays current").isEqualTo(1_002_500_00L);
        assertThat(revisions(FIRST)).isZero();
        assertThat(importer.importAll(batch("100.35"), false).reports()).extracting(ImportResult.ReportOutcome::status)
                .as("sent again, it is written").containsExactly(ImportResult.Status.REPLACED, ImportResult.Status.CREATED);
    }

    @Test
    void whenTheDatabaseCannotBeReadBackTheOutcomeIsUnknownWithTheReportsToCheck() {
        cutter.arm(BoltCommitCutter.Cut.AFTER_COMMIT_THEN_GONE);
        var failure = catchThrowable(() -> importer.importAll(batch("100.25"), false));
        assertThat(cutter.fired()).isTrue();
        assertThat(failure).isInstanceOfSatisfying(UnknownOutcomeException.class, unknown -> {
            assertThat(unknown.reportIds()).containsExactly(FIRST, SECOND);
            assertThat(unknown.getMessage()).startsWith("UNKNOWN: ").contains(FIRST + ", " + SECOND);
        });
        assertThat(storedTotal(FIRST)).as("in fact it was committed: the caller is told to check, not that it failed")
                .isEqualTo(1_002_500_00L);
        assertThat(storedTotal(SECOND)).isEqualTo(1_002_500_00L);
    }

    /** Two reports: the test report of two units, the first with its 2080109 total as given. */
    private static List<ReportImporter.Input> batch(String firstTotal) {
        return List.of(document(FIRST_UNIT, firstTotal), document(SECOND_UNIT, "100.25"));
    }

    private static ReportImporter.Input document(String unitName, String total) {
        try {
            var json = new ClassPathResource("importing/test-report.json").getContentAsString(StandardCharsets.UTF_8)
                    .replace("\"name\": \"测试区示例中心\"", "\"name\": \"" + unitName + "\"")
                    .replace("\"total\": 100.25, \"basic\"", "\"total\": " + total + ", \"basic\"");
            return new ReportImporter.Input(unitName + ".json", json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private long storedTotal(String reportId) {
        return neo4j.query("MATCH (:Report {id: $id})-[:HAS_LINE]->(l:Line {code: '2080109'}) RETURN l.totalFen AS fen")
                .bind(reportId).to("id").fetchAs(Long.class).mappedBy((t, row) -> row.get("fen").asLong()).one().orElseThrow();
    }

    private long revisions(String reportId) {
        return neo4j.query("MATCH (v:ReportRevision {reportId: $id}) RETURN count(v) AS n").bind(reportId).to("id")
                .fetchAs(Long.class).mappedBy((t, row) -> row.get("n").asLong()).one().orElseThrow();
    }
}
