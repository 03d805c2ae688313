package org.kemu.importing;

import java.util.ArrayList;
import java.util.List;

import org.kemu.classification.Scheme;
import org.kemu.classification.SubjectKey;
import org.kemu.format.ReportDocument;
import org.kemu.money.AmountUnit;
import org.kemu.report.Check;
import org.kemu.report.ConsistencyChecks;
import org.kemu.report.Figure;
import org.kemu.report.Fund;
import org.kemu.report.Line;
import org.kemu.report.Report;
import org.kemu.report.ReportKind;
import org.kemu.report.Source;
import org.kemu.report.ThreePublicItem;

/**
 * Runs the report model's consistency checks on a document about to be written, so that stated totals that disagree
 * with their parts beyond rounding are reported as import warnings (never as rejections: the document says what
 * it says). The records are built from the validated document directly, with the same amounts in 分 and the same
 * line flags as the rows written, so the warnings equal what {@code Report.checks} shows afterwards.
 */
final class ImportConsistency {

    private ImportConsistency() {
    }

    static List<ImportProblem> check(String file, String reportId, ReportDocument doc) {
        var amountUnit = ReportRows.unit(doc.amountUnit(), null);
        var report = new Report(reportId, null, doc.year(), ReportKind.valueOf(doc.kind()), amountUnit,
                source(doc, null, amountUnit, null), list(doc.divisions()), list(doc.notes()), null);
        var checks = ConsistencyChecks.of(report, lines(doc, reportId), figures(doc), threePublic(doc));
        return checks.stream()
                .filter(check -> check.severity() != Check.Severity.INFO)
                .map(check -> new ImportProblem(ImportProblem.Severity.WARNING, file, reportId,
                        check.subject() == null ? null : check.subject().code(), check.rule() + ": " + check.message()))
                .toList();
    }

    private static List<Line> lines(ReportDocument doc, String reportId) {
        var parts = list(doc.lines());
        var flags = new LineFlags(parts);
        var lines = new ArrayList<Line>();
        for (var line : parts) {
            var unit = ReportRows.unit(line.unit(), doc.amountUnit());
            lines.add(new Line(reportId, new SubjectKey(Scheme.valueOf(line.scheme()), line.code()), line.name(),
                    Fund.valueOf(line.fund()), flags.primary(line), flags.finest(line),
                    ReportRows.fen(line.total(), unit), ReportRows.fen(line.basic(), unit),
                    ReportRows.fen(line.project(), unit), ReportRows.fen(line.budgetInitial(), unit),
                    ReportRows.fen(line.budgetAdjusted(), unit), ReportRows.fen(line.personnel(), unit),
                    ReportRows.fen(line.publicUse(), unit), source(doc, line.table(), unit, line.note())));
        }
        return lines;
    }

    private static List<Figure> figures(ReportDocument doc) {
        return list(doc.figures()).stream().map(figure -> {
            var unit = ReportRows.unit(figure.unit(), doc.amountUnit());
            return new Figure(figure.key(), figure.label(), ReportRows.fen(figure.amount(), unit),
                    figure.effectiveFund(), figure.effectiveBasis(), figure.year() == null ? doc.year() : figure.year(), figure.reason(),
                    source(doc, figure.table(), unit, figure.note()));
        }).toList();
    }

    private static List<ThreePublicItem> threePublic(ReportDocument doc) {
        return list(doc.threePublic()).stream().map(item -> {
            var unit = ReportRows.unit(item.unit(), doc.amountUnit());
            var details = list(item.details()).stream().map(detail -> new ThreePublicItem.Detail(detail.label(),
                    ReportRows.fen(detail.amount(), detail.unit() == null ? unit : ReportRows.unit(detail.unit(), null)),
                    detail.batches(), detail.people())).toList();
            return new ThreePublicItem(item.item(), item.label(), item.effectiveFund(), ReportRows.fen(item.budget(), unit), ReportRows.fen(item.actual(), unit), item.batches(),
                    item.people(), item.vehicles(), details, source(doc, item.table(), unit, item.note()));
        }).toList();
    }

    private static Source source(ReportDocument doc, String table, AmountUnit unit, String note) {
        return new Source(doc.source().document(), doc.source().title(), doc.source().url(), table, unit, note);
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }
}
