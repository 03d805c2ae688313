package org.kemu.importing;

import java.util.List;
import java.util.Map;

import org.kemu.report.ReportMapping;
import org.kemu.rollup.Check;
import org.kemu.rollup.ConsistencyChecks;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;

/**
 * Runs the consistency checks on the rows of a report about to be written, so that stated totals that disagree
 * with their parts beyond rounding are reported as import warnings (never as rejections: the document says what
 * it says). The rows go through the same mapping as rows read from the graph, so the warnings equal what
 * {@code Report.checks} shows afterwards.
 */
final class ImportConsistency {

    private ImportConsistency() {
    }

    /**
     * @param report      the report node's properties
     * @param lines       the line nodes' properties
     * @param figures     figure rows ({@code props})
     * @param threePublic 三公 rows ({@code props} and {@code details})
     */
    static List<ImportProblem> check(String file, Map<String, Object> report, List<Map<String, Object>> lines,
                                     List<Map<String, Object>> figures, List<Map<String, Object>> threePublic) {
        var reportValue = Values.value(report);
        var checks = ConsistencyChecks.of(ReportMapping.report(reportValue),
                lines.stream().map(l -> ReportMapping.line(Values.value(l), reportValue)).toList(),
                figures.stream().map(f -> ReportMapping.figure(props(f), reportValue)).toList(),
                threePublic.stream().map(t -> ReportMapping.threePublic(props(t), Values.value(t.get("details")), reportValue))
                        .toList());
        var reportId = (String) report.get("id");
        return checks.stream()
                .filter(check -> check.severity() != Check.Severity.INFO)
                .map(check -> new ImportProblem(ImportProblem.Severity.WARNING, file, reportId,
                        check.subject() == null ? null : check.subject().code(), check.rule() + ": " + check.message()))
                .toList();
    }

    private static Value props(Map<String, Object> row) {
        return Values.value(row.get("props"));
    }
}
