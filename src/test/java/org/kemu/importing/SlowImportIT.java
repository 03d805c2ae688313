package org.kemu.importing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kemu.config.KemuProperties;
import org.kemu.report.ReportIds;
import org.kemu.support.HttpGraphQlTesterConfiguration;
import org.kemu.support.KemuIntegrationTest;
import org.kemu.support.SecondTestServer;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.neo4j.core.Neo4jClient;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An import that takes longer than a request's deadline (here: waiting for another write to let go of the import
 * lock) is not cancelled half-way through its answer: the caller is told what it wrote, not that it failed.
 */
@SecondTestServer
class SlowImportIT {

    private static final String REGION = "110101";
    private static final String REPORT_ID = ReportIds.reportId(ReportIds.unitId(REGION, "测试区示例中心"), 2030, "FINAL_ACCOUNT");
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    @Autowired
    Driver driver;

    @Autowired
    Environment environment;

    @Autowired
    KemuProperties properties;

    @Autowired
    Neo4jClient neo4j;

    @Autowired
    ReportPurge purge;

    @AfterEach
    void removeTestData() {
        purge.purgeRegion(REGION);
    }

    @Test
    void anImportPastTheDeadlineAnswersWhatItWrote() throws Exception {
        var held = properties.requests().timeout().plusSeconds(2);
        var locked = new CountDownLatch(1);
        try (var holder = Executors.newSingleThreadExecutor()) {
            var holding = holder.submit(() -> {
                try (var session = driver.session(); var tx = session.beginTransaction()) {
                    tx.run("MATCH (v:DataVersion {name: 'reports'}) SET v.writes = coalesce(v.writes, 0) + 1").consume();
                    locked.countDown();
                    Thread.sleep(held);
                    tx.commit();
                }
                return null;
            });
            locked.await();
            var started = System.nanoTime();
            var response = HttpGraphQlTesterConfiguration.withHeader(environment, "X-Api-Key", KemuIntegrationTest.API_KEY)
                    .mutate().responseTimeout(held.multipliedBy(3)).build()
                    .documentName("importReports").variable("documents", List.of(testDocument())).execute();
            var tookSeconds = (System.nanoTime() - started) / 1e9;
            holding.get();
            assertThat(tookSeconds).as("the import waited past the deadline").isGreaterThan(properties.requests().timeout().toSeconds());
            response.errors().verify()
                    .path("importReports.reports[0].status").entity(String.class).isEqualTo("CREATED");
        }
        assertThat(neo4j.query("MATCH (r:Report {id: $id}) RETURN count(r) AS n").bind(REPORT_ID).to("id")
                .fetchAs(Long.class).mappedBy((t, row) -> row.get("n").asLong()).one()).contains(1L);
    }

    private static Object testDocument() {
        try {
            return JSON.readValue(new ClassPathResource("importing/test-report.json").getContentAsString(StandardCharsets.UTF_8),
                    Object.class);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
