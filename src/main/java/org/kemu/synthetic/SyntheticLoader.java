package org.kemu.synthetic;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.Optional;

import org.kemu.classification.ClassificationService;
import org.kemu.classification.Scheme;
import org.kemu.config.KemuProperties;
import org.kemu.importing.ImportResult;
import org.kemu.importing.Lookahead;
import org.kemu.format.ReportDocument;
import org.kemu.importing.ReportImporter;
import org.kemu.importing.ReportPreparation;
import org.kemu.region.RegionService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Generates a synthetic dataset and loads it through the ordinary importer, measuring the throughput. */
@Service
public class SyntheticLoader {

    private static final Logger log = LoggerFactory.getLogger(SyntheticLoader.class);

    private final ClassificationService classification;
    private final RegionService regions;
    private final ReportPreparation preparation;
    private final ReportImporter importer;
    private final int batchReports;

    SyntheticLoader(ClassificationService classification, RegionService regions, ReportPreparation preparation,
                    ReportImporter importer, KemuProperties properties) {
        this.classification = classification;
        this.regions = regions;
        this.preparation = preparation;
        this.importer = importer;
        this.batchReports = properties.synthetic().batchReports();
    }

    /** Reports per import transaction. */
    public int batchReports() {
        return batchReports;
    }

    /** What a load did: how many reports and lines, in how long. */
    public record LoadResult(DatasetSize size, long seed, int reports, long lines, long created, long unchanged,
                             double seconds) {

        public double linesPerSecond() {
            return seconds == 0 ? 0 : lines / seconds;
        }
    }

    public SyntheticDataset dataset(DatasetSize size, long seed) {
        return SyntheticDataset.over(classification.all(Scheme.FUNCTION), regions.counties(), size, seed);
    }

    /**
     * Generates and prepares each batch on a second thread while the previous batch is written, so the checks
     * and row building overlap the database's work instead of adding to it. Batches are written in order, one
     * transaction each.
     */
    public LoadResult load(DatasetSize size, long seed) {
        var dataset = dataset(size, seed);
        var documents = dataset.iterator();
        long lines = 0;
        long created = 0;
        long unchanged = 0;
        int reports = 0;
        var started = System.nanoTime();
        try (var prepared = new Lookahead<>("synthetic-prepare", () -> prepareBatch(documents))) {
            for (var batch = prepared.next(); batch.isPresent(); batch = prepared.next()) {
                var result = importer.write(batch.get(), false);
                for (var report : result.reports()) {
                    lines += report.lineCount();
                    if (report.status() == ImportResult.Status.UNCHANGED) {
                        unchanged++;
                    } else {
                        created++;
                    }
                }
                reports += result.reports().size();
                if (reports % (batchReports * 10) == 0) {
                    log.info("synthetic {}: {} of {} reports loaded ({} lines, {} s)", size, reports,
                            dataset.reportCount(), lines, (System.nanoTime() - started) / 1_000_000_000);
                }
            }
        }
        var seconds = (System.nanoTime() - started) / 1e9;
        return new LoadResult(size, seed, reports, lines, created, unchanged, seconds);
    }

    private Optional<ReportPreparation.PreparedBatch> prepareBatch(Iterator<ReportDocument> documents) {
        var batch = new ArrayList<ReportDocument>(batchReports);
        while (batch.size() < batchReports && documents.hasNext()) {
            batch.add(documents.next());
        }
        return batch.isEmpty() ? Optional.empty() : Optional.of(preparation.prepare("synthetic", batch));
    }
}
