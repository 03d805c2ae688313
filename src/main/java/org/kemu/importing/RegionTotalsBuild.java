package org.kemu.importing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Builds the region totals from the stored lines when the database does not hold the current build of them: a
 * database written by a kemu that kept none, or whose build was interrupted. Runs at start-up before any import;
 * each step is a transaction that takes the report-write lock and records how far it came, so a build cut short
 * resumes where it stopped. A database with the current build costs one read.
 */
@Component
final class RegionTotalsBuild {

    private static final Logger log = LoggerFactory.getLogger(RegionTotalsBuild.class);
    private static final int REPORTS_PER_STEP = 500;
    private static final int DELETES_PER_STEP = 20_000;
    private static final long PROGRESS_EVERY_NANOS = 5_000_000_000L;

    private final ReportWriter writer;
    private final TransactionTemplate transactions;

    RegionTotalsBuild(ReportWriter writer, TransactionTemplate transactions) {
        this.writer = writer;
        this.transactions = transactions;
    }

    void ensureBuilt() {
        var state = transactions.execute(status -> writer.regionTotalsState());
        if (state != null && RegionTotals.MODEL.equals(state.model())) {
            return;
        }
        var started = System.nanoTime();
        var builtUpTo = state == null ? null : state.builtUpTo();
        if (builtUpTo == null && transactions.execute(status -> writer.reportIdsAfter("", 1)).isEmpty()) {
            transactions.executeWithoutResult(status -> writer.recordRegionTotals(RegionTotals.MODEL, null));
            return;
        }
        if (builtUpTo == null) {
            log.info("Building the region totals roll-ups read: none of this build ({}) are stored", RegionTotals.MODEL);
            Long deleted;
            do {
                deleted = transactions.execute(status -> writer.deleteRegionTotals(DELETES_PER_STEP));
            } while (deleted != null && deleted > 0);
            builtUpTo = "";
        } else {
            log.info("Resuming the build of the region totals after report {}", builtUpTo);
        }
        var reports = 0;
        var lastLog = System.nanoTime();
        while (builtUpTo != null) {
            var after = builtUpTo;
            var ids = transactions.execute(status -> {
                writer.lockReportWrites();
                var next = writer.reportIdsAfter(after, REPORTS_PER_STEP);
                writer.changeRegionTotals(new RegionTotals().add(writer.finestLines(next), 1));
                writer.recordRegionTotals(next.isEmpty() ? RegionTotals.MODEL : null,
                        next.isEmpty() ? null : next.getLast());
                return next;
            });
            builtUpTo = ids == null || ids.isEmpty() ? null : ids.getLast();
            reports += ids == null ? 0 : ids.size();
            if (System.nanoTime() - lastLog > PROGRESS_EVERY_NANOS) {
                log.info("Building the region totals: {} reports added so far", reports);
                lastLog = System.nanoTime();
            }
        }
        if (reports > 0) {
            log.info("Region totals built from the lines of {} reports in {} ms", reports,
                    (System.nanoTime() - started) / 1_000_000);
        }
    }
}
