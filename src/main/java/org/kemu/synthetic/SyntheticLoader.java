package org.kemu.synthetic;

import java.util.ArrayList;
import java.util.List;

import org.kemu.classification.ClassificationService;
import org.kemu.classification.Scheme;
import org.kemu.importing.ImportResult;
import org.kemu.importing.ReportDocument;
import org.kemu.importing.ReportImporter;
import org.kemu.region.RegionService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Generates a synthetic dataset and loads it through the ordinary importer, measuring the throughput. */
@Service
public class SyntheticLoader {

    private static final Logger log = LoggerFactory.getLogger(SyntheticLoader.class);
    /** Reports per import transaction: large enough to amortise statements, small enough to keep memory flat. */
    private static final int BATCH = 500;

    private final ClassificationService classification;
    private final RegionService regions;
    private final ReportImporter importer;

    SyntheticLoader(ClassificationService classification, RegionService regions, ReportImporter importer) {
        this.classification = classification;
        this.regions = regions;
        this.importer = importer;
    }

    /** What a load did: how many reports and lines, in how long. */
    public record LoadResult(DatasetSize size, long seed, int reports, long lines, long created, long unchanged,
                             double seconds) {

        public double linesPerSecond() {
            return seconds == 0 ? 0 : lines / seconds;
        }
    }

    public SyntheticDataset dataset(DatasetSize size, long seed) {
        var items = classification.all(Scheme.FUNCTION).stream().filter(s -> s.code().length() == 7).toList();
        return new SyntheticDataset(items, regions.counties(), size, seed);
    }

    public LoadResult load(DatasetSize size, long seed) {
        var dataset = dataset(size, seed);
        var batch = new ArrayList<ReportDocument>(BATCH);
        long lines = 0;
        long created = 0;
        long unchanged = 0;
        int reports = 0;
        var started = System.nanoTime();
        for (var document : dataset) {
            batch.add(document);
            if (batch.size() == BATCH) {
                var counts = importBatch(batch);
                lines += counts[0];
                created += counts[1];
                unchanged += counts[2];
                reports += batch.size();
                batch.clear();
                if (reports % (BATCH * 10) == 0) {
                    log.info("synthetic {}: {} of {} reports loaded ({} lines, {} s)", size, reports,
                            dataset.reportCount(), lines, (System.nanoTime() - started) / 1_000_000_000);
                }
            }
        }
        if (!batch.isEmpty()) {
            var counts = importBatch(batch);
            lines += counts[0];
            created += counts[1];
            unchanged += counts[2];
            reports += batch.size();
        }
        var seconds = (System.nanoTime() - started) / 1e9;
        return new LoadResult(size, seed, reports, lines, created, unchanged, seconds);
    }

    private long[] importBatch(List<ReportDocument> batch) {
        var result = importer.importDocuments("synthetic", List.copyOf(batch), false);
        long lines = 0;
        long created = 0;
        long unchanged = 0;
        for (var report : result.reports()) {
            lines += report.lineCount();
            if (report.status() == ImportResult.Status.UNCHANGED) {
                unchanged++;
            } else {
                created++;
            }
        }
        return new long[] {lines, created, unchanged};
    }
}
