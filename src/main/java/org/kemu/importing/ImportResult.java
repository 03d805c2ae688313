package org.kemu.importing;

import java.util.List;

/** What an import did (or, in a dry run, would do): one outcome per report, and the warnings found. */
public record ImportResult(boolean dryRun, List<ReportOutcome> reports, List<ImportProblem> warnings) {

    public enum Status { CREATED, REPLACED, UNCHANGED }

    public record ReportOutcome(String reportId, String unitId, String unitName, int year, String kind,
                                Status status, int lineCount) {
    }
}
