package org.kemu.importing;

import java.util.Collection;
import java.util.Collections;
import java.util.List;

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
        return purgeRegions(Collections.singletonList(regionCode));
    }

    /**
     * Removes the units located in any of the regions (not in their sub-regions) with all their reports, in one
     * transaction: the region totals above them are changed once, not once per region. Returns how many reports.
     */
    public int purgeRegions(Collection<String> regionCodes) {
        if (regionCodes.isEmpty() || regionCodes.stream().anyMatch(code -> code == null || code.isBlank())) {
            throw new IllegalArgumentException("region codes are required; use purgeAll to remove every report");
        }
        return purge(List.copyOf(regionCodes));
    }

    /** Removes every unit and report; returns how many reports. */
    public int purgeAll() {
        return purge(null);
    }

    /** Purges the units of the regions, or every unit when {@code regionCodes} is null. */
    private int purge(List<String> regionCodes) {
        Integer removed = transactions.execute(status -> {
            writer.lockReportWrites();
            var ids = writer.reportIdsOfUnits(regionCodes);
            writer.deleteReports(ids);
            writer.deleteRevisions(ids);
            writer.deleteUnits(regionCodes);
            writer.bumpDataVersion();
            return ids.size();
        });
        return removed == null ? 0 : removed;
    }
}
