package org.kemu.importing;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Removes reports with every part they have, their revisions and their units, in one transaction. Classification,
 * regions and the seed state stay. Operators use it to take a region's data out; tests use it to clean up through
 * the same statements the importer relies on.
 */
@Service
public final class ReportPurge {

    private final ReportWriter writer;
    private final TransactionTemplate transactions;

    ReportPurge(ReportWriter writer, TransactionTemplate transactions) {
        this.writer = writer;
        this.transactions = transactions;
    }

    /** Removes the units located in the region (not in its sub-regions) with all their reports; returns how many reports. */
    public int purgeRegion(String regionCode) {
        if (regionCode == null || regionCode.isBlank()) {
            throw new IllegalArgumentException("a region code is required; use purgeAll to remove every report");
        }
        return purge(regionCode);
    }

    /** Removes every unit and report; returns how many reports. */
    public int purgeAll() {
        return purge(null);
    }

    private int purge(String regionCode) {
        Integer removed = transactions.execute(status -> {
            writer.lockReportWrites();
            var ids = writer.reportIdsOfUnits(regionCode);
            writer.deleteReports(ids);
            writer.deleteRevisions(ids);
            writer.deleteUnits(regionCode);
            writer.bumpDataVersion();
            return ids.size();
        });
        return removed == null ? 0 : removed;
    }
}
