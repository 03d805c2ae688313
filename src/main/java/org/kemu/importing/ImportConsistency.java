package org.kemu.importing;

import java.util.List;
import java.util.Map;

import org.kemu.report.ReportService;
import org.kemu.rollup.Check;
import org.kemu.rollup.ConsistencyChecks;
import org.springframework.stereotype.Component;

/**
 * Runs the consistency checks on reports just written, so that stated totals that disagree with their parts
 * beyond rounding are reported as import warnings (never as rejections: the document says what it says).
 */
@Component
class ImportConsistency {

    private final ReportService reports;

    ImportConsistency(ReportService reports) {
        this.reports = reports;
    }

    /** Warnings for the reports, keyed by report id with the file each came from. */
    List<ImportProblem> check(Map<String, String> fileByReport) {
        if (fileByReport.isEmpty()) {
            return List.of();
        }
        var ids = fileByReport.keySet();
        var lines = reports.linesByReport(ids);
        var figures = reports.figuresByReport(ids);
        var threePublic = reports.threePublicByReport(ids);
        return reports.reportsById(ids).values().stream()
                .flatMap(report -> ConsistencyChecks.of(report, lines.get(report.id()), figures.get(report.id()),
                                threePublic.get(report.id())).stream()
                        .filter(check -> check.severity() != Check.Severity.INFO)
                        .map(check -> new ImportProblem(ImportProblem.Severity.WARNING, fileByReport.get(report.id()),
                                report.id(), check.subject() == null ? null : check.subject().code(),
                                check.rule() + ": " + check.message())))
                .toList();
    }
}
