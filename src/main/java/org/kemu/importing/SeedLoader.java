package org.kemu.importing;

import java.time.Duration;
import java.time.Instant;

import org.kemu.availability.DatabaseAvailability;
import org.kemu.availability.DatabaseUnreachableAtStartException;
import org.kemu.classification.ClassificationCatalog;
import org.kemu.classification.ClassificationService;
import org.kemu.classification.Scheme;
import org.kemu.config.EmbeddedNeo4j;
import org.kemu.config.KemuProperties;
import org.kemu.region.RegionCatalog;
import org.kemu.region.RegionService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Prepares the database before the server accepts requests: creates the schema, then loads seed/ (classification,
 * regions, reports) when the database does not hold this exact version of it. Every write merges or replaces by
 * key, so loading twice never duplicates anything; a checksum of the seed files makes an unchanged restart skip
 * the load entirely.
 */
@Component
class SeedLoader implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(15);

    private final GraphSchema schema;
    private final RegionTotalsBuild regionTotals;
    private final ClassificationService classification;
    private final RegionService regions;
    private final ReportImporter importer;
    private final Neo4jClient neo4j;
    private final boolean enabled;
    private final Duration startupWait;
    private final ObjectProvider<EmbeddedNeo4j> embeddedNeo4j;

    SeedLoader(GraphSchema schema, RegionTotalsBuild regionTotals, ClassificationService classification, RegionService regions,
               ReportImporter importer, Neo4jClient neo4j, KemuProperties properties,
               ObjectProvider<EmbeddedNeo4j> embeddedNeo4j) {
        this.schema = schema;
        this.regionTotals = regionTotals;
        this.classification = classification;
        this.regions = regions;
        this.importer = importer;
        this.neo4j = neo4j;
        this.enabled = properties.seed().enabled();
        this.startupWait = properties.neo4j().startupWait();
        this.embeddedNeo4j = embeddedNeo4j;
    }

    @Override
    public void afterSingletonsInstantiated() {
        // the first statement: an embedded database may still be starting on its own thread
        embeddedNeo4j.ifAvailable(EmbeddedNeo4j::awaitStarted);
        untilTheDatabaseAnswers(schema::apply);
        regionTotals.ensureBuilt();
        if (enabled) {
            load(false);
        }
    }

    /**
     * Runs the first statement, waiting with growing pauses while the database cannot be reached (an external one
     * may start after kemu), at most {@code kemu.neo4j.startup-wait}; then the failure stops the start.
     */
    private void untilTheDatabaseAnswers(Runnable firstStatement) {
        var giveUpAt = Instant.now().plus(startupWait);
        var pause = Duration.ofSeconds(1);
        while (true) {
            try {
                firstStatement.run();
                return;
            } catch (RuntimeException e) {
                if (!DatabaseAvailability.isUnreachable(e)) {
                    throw e;
                }
                if (Instant.now().plus(pause).isAfter(giveUpAt)) {
                    throw new DatabaseUnreachableAtStartException(startupWait, e);
                }
                log.info("Waiting for the database, unreachable just now; trying again in {} s (giving up after {} s)",
                        pause.toSeconds(), startupWait.toSeconds());
                sleep(pause);
                pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
            }
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the database", e);
        }
    }

    /** Loads the seed unless the database already holds this version; {@code force} loads regardless. */
    void load(boolean force) {
        var reports = SeedFiles.reports();
        var checksum = SeedFiles.checksum(reports);
        if (!force && checksum.equals(storedChecksum())) {
            log.info("Seed data already loaded (checksum {})", checksum.substring(0, 12));
            return;
        }
        var started = System.nanoTime();
        var catalog = ClassificationCatalog.seeded();
        for (var scheme : Scheme.values()) {
            var subjects = catalog.subjects(scheme);
            log.info("Loading seed data: {} classification, {} subjects", scheme, subjects.size());
            classification.upsert(scheme, subjects);
        }
        var regionRows = RegionCatalog.seeded().rows();
        log.info("Loading seed data: {} regions", regionRows.size());
        regions.upsert(regionRows);
        log.info("Loading seed data: importing {} report documents", reports.size());
        var result = importer.importAll(reports, false);
        result.warnings().forEach(w -> log.debug("seed: {}", w));
        neo4j.query("MERGE (s:SeedState {name: $name}) SET s.checksum = $checksum, s.loadedAt = datetime()")
                .bind(SeedFiles.STATE_NAME).to("name").bind(checksum).to("checksum").run();
        if (!result.warnings().isEmpty()) {
            log.info("{} findings in the seed documents themselves, not faults of the server: query Report.checks, or"
                    + " set logging.level.org.kemu.importing=DEBUG to list each", result.warnings().size());
        }
        log.info("Seed data loaded in {} ms: {} reports from {} files", (System.nanoTime() - started) / 1_000_000,
                result.reports().size(), reports.size());
    }

    private String storedChecksum() {
        return neo4j.query("MATCH (s:SeedState {name: $name}) RETURN s.checksum AS checksum")
                .bind(SeedFiles.STATE_NAME).to("name")
                .fetchAs(String.class).mappedBy((types, row) -> row.get("checksum").asString(null))
                .one().orElse(null);
    }
}
