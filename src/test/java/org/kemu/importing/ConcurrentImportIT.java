package org.kemu.importing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.function.IntFunction;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kemu.report.ReportIds;
import org.kemu.support.SecondTestServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Imports of one report sent at the same moment behave as if sent one after the other: every caller's status is
 * true, every replaced version is kept once, nothing accepted is lost. Ten rounds each, since a race may hide in
 * one.
 */
@SecondTestServer
class ConcurrentImportIT {

    private static final String REGION = "110101";
    private static final String REPORT_ID = ReportIds.reportId(ReportIds.unitId(REGION, "测试区示例中心"), 2030, "FINAL_ACCOUNT");
    private static final int ROUNDS = 10;

    @Autowired
    ReportImporter importer;

    @Autowired
    ReportPurge purge;

    @Autowired
    Neo4jClient neo4j;

    @AfterEach
    void removeTestData() {
        purge.purgeRegion(REGION);
    }

    @Test
    void theSameNewReportFromFourCallersIsCreatedOnceAndUnchangedForTheOthers() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            purge.purgeRegion(REGION);
            var statuses = statusesOf(atOnce(4, i -> document("total", "100.25")));
            assertThat(statuses).containsExactlyInAnyOrder(ImportResult.Status.CREATED, ImportResult.Status.UNCHANGED,
                    ImportResult.Status.UNCHANGED, ImportResult.Status.UNCHANGED);
            assertThat(revisionChecksums()).isEmpty();
        }
    }

    @Test
    void theSameCorrectionTwiceIsOneReplacementWithOneRevision() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            purge.purgeRegion(REGION);
            importer.importAll(List.of(document("total", "100.25")), false);
            var original = currentChecksum();
            var statuses = statusesOf(atOnce(2, i -> document("total", "100.35")));
            assertThat(statuses).containsExactlyInAnyOrder(ImportResult.Status.REPLACED, ImportResult.Status.UNCHANGED);
            assertThat(revisionChecksums()).containsExactly(original);
        }
    }

    @Test
    void twoDifferentCorrectionsAreBothKeptInOrder() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            purge.purgeRegion(REGION);
            importer.importAll(List.of(document("total", "100.25")), false);
            var original = currentChecksum();
            var statuses = statusesOf(atOnce(2, i -> document("total", i == 0 ? "100.35" : "100.45")));
            assertThat(statuses).containsExactly(ImportResult.Status.REPLACED, ImportResult.Status.REPLACED);
            var revisions = revisionChecksums();
            assertThat(revisions).hasSize(2).doesNotHaveDuplicates().contains(original).doesNotContain(currentChecksum());
        }
    }

    /** Starts every import at the same moment and waits for all. */
    private List<ImportResult> atOnce(int callers, IntFunction<ReportImporter.Input> input)
            throws InterruptedException, ExecutionException {
        var gate = new CountDownLatch(1);
        var tasks = new ArrayList<Callable<ImportResult>>();
        for (int i = 0; i < callers; i++) {
            var document = input.apply(i);
            tasks.add(() -> {
                gate.await();
                return importer.importAll(List.of(document), false);
            });
        }
        try (var pool = Executors.newFixedThreadPool(callers)) {
            var futures = tasks.stream().map(pool::submit).toList();
            gate.countDown();
            var results = new ArrayList<ImportResult>();
            for (var future : futures) {
                results.add(future.get());
            }
            return results;
        }
    }

    private static List<ImportResult.Status> statusesOf(List<ImportResult> results) {
        return results.stream().map(r -> r.reports().getFirst().status()).toList();
    }

    private String currentChecksum() {
        return neo4j.query("MATCH (r:Report {id: $id}) RETURN r.checksum AS c").bind(REPORT_ID).to("id")
                .fetchAs(String.class).mappedBy((t, row) -> row.get("c").asString()).one().orElseThrow();
    }

    private List<String> revisionChecksums() {
        return List.copyOf(neo4j.query("MATCH (v:ReportRevision {reportId: $id}) RETURN v.checksum AS c")
                .bind(REPORT_ID).to("id").fetchAs(String.class).mappedBy((t, row) -> row.get("c").asString()).all());
    }

    private static ReportImporter.Input document(String measure, String total) {
        try {
            var json = new ClassPathResource("importing/test-report.json").getContentAsString(StandardCharsets.UTF_8)
                    .replace("\"" + measure + "\": 100.25", "\"" + measure + "\": " + total);
            return new ReportImporter.Input("test-report.json", json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
