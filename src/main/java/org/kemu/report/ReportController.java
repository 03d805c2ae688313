package org.kemu.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.dataloader.DataLoader;
import org.kemu.api.Batches;
import org.kemu.classification.ClassificationService;
import org.kemu.classification.Scheme;
import org.kemu.classification.Subject;
import org.kemu.classification.SubjectLevel;
import org.kemu.money.AmountUnit;
import org.kemu.money.Money;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

@Controller
final class ReportController {

    private final ReportService reports;
    private final ClassificationService classification;

    ReportController(ReportService reports, ClassificationService classification, BatchLoaderRegistry loaders) {
        this.reports = reports;
        this.classification = classification;
        loaders.<String, List<Line>>forName("reportLines")
                .registerMappedBatchLoader((ids, env) -> Mono.fromSupplier(() -> reports.linesByReport(ids)));
        loaders.<String, List<Figure>>forName("reportFigures")
                .registerMappedBatchLoader((ids, env) -> Mono.fromSupplier(() -> reports.figuresByReport(ids)));
        loaders.<String, List<CountFact>>forName("reportCounts")
                .registerMappedBatchLoader((ids, env) -> Mono.fromSupplier(() -> reports.countsByReport(ids)));
        loaders.<String, List<ThreePublicItem>>forName("reportThreePublic")
                .registerMappedBatchLoader((ids, env) -> Mono.fromSupplier(() -> reports.threePublicByReport(ids)));
    }

    /**
     * When the request asks for anything computed from the lines, they are read with the report and handed to the
     * lines loader, so a report page costs one statement instead of two.
     */
    @QueryMapping
    Report report(@Argument String unitId, @Argument int year, @Argument ReportKind kind,
                  DataFetchingFieldSelectionSet selection, DataLoader<String, List<Line>> reportLines) {
        if (!selection.containsAnyOf("lines", "total", "totalText", "executionRate", "perStaff", "perStaffText",
                "perStaffNote",
                "checks")) {
            return reports.report(unitId, year, kind).orElse(null);
        }
        var found = reports.reportWithLines(unitId, year, kind);
        found.ifPresent(read -> reportLines.prime(read.report().id(), read.lines()));
        return found.map(ReportWithLines::report).orElse(null);
    }

    @BatchMapping(typeName = "Report", field = "unit")
    Map<Report, Unit> unitOfReports(List<Report> reportsToFill) {
        return Batches.bySource(reportsToFill, Report::unitId, reports::unitsById);
    }

    @SchemaMapping
    CompletableFuture<List<Line>> lines(Report report, @Argument Scheme scheme, @Argument SubjectLevel level,
                                        @Argument String under, @Argument Fund fund,
                                        DataLoader<String, List<Line>> reportLines) {
        if (under != null) {
            classification.requireWellFormed(scheme, under);
        }
        return reportLines.load(report.id())
                .thenApply(all -> ReportService.filterLines(all, scheme, level, under, fund));
    }

    @SchemaMapping
    CompletableFuture<BigDecimal> total(Report report, @Argument Measure measure, @Argument AmountUnit unit,
                                        DataLoader<String, List<Figure>> reportFigures,
                                        DataLoader<String, List<Line>> reportLines) {
        return reportFigures.load(report.id()).thenCombine(reportLines.load(report.id()),
                (figures, lines) -> Money.fromFen(ReportService.totalFen(report, measure, figures, lines), unit));
    }

    @SchemaMapping
    CompletableFuture<List<Figure>> figures(Report report, @Argument String key,
                                            DataLoader<String, List<Figure>> reportFigures) {
        return reportFigures.load(report.id())
                .thenApply(all -> all.stream().filter(f -> key == null || f.key().equals(key)).toList());
    }

    @SchemaMapping
    CompletableFuture<List<ThreePublicItem>> threePublic(Report report,
                                                         DataLoader<String, List<ThreePublicItem>> reportThreePublic) {
        return reportThreePublic.load(report.id());
    }

    /** The rate the document states for its total where it states one (完成预算 100%), else actual / budget. */
    @SchemaMapping
    CompletableFuture<Double> executionRate(Report report, DataLoader<String, List<Figure>> reportFigures,
                                            DataLoader<String, List<Line>> reportLines,
                                            DataLoader<String, List<CountFact>> reportCounts) {
        var stated = reportCounts.load(report.id()).thenApply(counts -> counts.stream()
                .filter(c -> c.key().equals(CountFact.EXECUTION_RATE) && c.year() == report.year())
                .map(c -> c.value().divide(BigDecimal.valueOf(100), java.math.MathContext.DECIMAL64).doubleValue())
                .findFirst());
        return reportFigures.load(report.id()).thenCombine(reportLines.load(report.id()), (figures, lines) -> {
            var actual = ReportService.totalFen(report, Measure.TOTAL, figures, lines);
            var budget = ReportService.totalFen(report, Measure.BUDGET_ADJUSTED, figures, lines);
            if (budget == null) {
                budget = ReportService.totalFen(report, Measure.BUDGET_INITIAL, figures, lines);
            }
            return Money.ratio(actual, budget);
        }).thenCombine(stated, (computed, statedRate) -> statedRate.orElse(computed));
    }

    @SchemaMapping
    CompletableFuture<BigDecimal> perStaff(Report report, @Argument Measure measure, @Argument AmountUnit unit,
                                           @Argument StaffBasis basis, @Argument String under,
                                           DataLoader<String, List<Figure>> reportFigures,
                                           DataLoader<String, List<Line>> reportLines,
                                           DataLoader<String, List<Report>> unitReports) {
        return perStaffOf(report, measure, unit, basis, under, reportFigures, reportLines, unitReports)
                .thenApply(PerStaff::amount);
    }

    @SchemaMapping
    CompletableFuture<String> perStaffNote(Report report, @Argument Measure measure, @Argument StaffBasis basis,
                                           @Argument String under, DataLoader<String, List<Figure>> reportFigures,
                                           DataLoader<String, List<Line>> reportLines,
                                           DataLoader<String, List<Report>> unitReports) {
        return perStaffOf(report, measure, AmountUnit.YUAN, basis, under, reportFigures, reportLines, unitReports)
                .thenApply(PerStaff::note);
    }

    /** The report's total (or its lines under a subject) per staff member of the unit in that year. */
    private CompletableFuture<PerStaff> perStaffOf(Report report, Measure measure, AmountUnit unit, StaffBasis basis,
                                                   String under, DataLoader<String, List<Figure>> reportFigures,
                                                   DataLoader<String, List<Line>> reportLines,
                                                   DataLoader<String, List<Report>> unitReports) {
        if (under != null) {
            classification.requireWellFormed(Scheme.FUNCTION, under);
        }
        var amount = reportFigures.load(report.id()).thenCombine(reportLines.load(report.id()),
                (figures, lines) -> under == null ? ReportService.totalFen(report, measure, figures, lines)
                        : ReportService.sumOfFinestFen(measure, lines, under));
        return amount.thenCombine(unitReports.load(report.unitId()), (fen, sameUnit) -> PerStaff.of(fen, unit, basis,
                sameUnit.stream().filter(r -> r.year() == report.year() && r.staff() != null)
                        .map(r -> new PerStaff.StatedStaff(r.kind(), r.staff())).toList(),
                under == null ? measure.name() : under));
    }

    @SchemaMapping(typeName = "Line", field = "executionRate")
    Double lineExecutionRate(Line line) {
        return Money.ratio(line.totalFen(), line.budgetAdjustedFen() != null ? line.budgetAdjustedFen() : line.budgetInitialFen());
    }


    @SchemaMapping
    CompletableFuture<List<CountFact>> counts(Report report, DataLoader<String, List<CountFact>> reportCounts) {
        return reportCounts.load(report.id());
    }

    @BatchMapping
    Map<Line, Subject> subject(List<Line> lines) {
        return Batches.bySource(lines, Line::subject, classification::byKeys);
    }

    @SchemaMapping(typeName = "Line")
    BigDecimal amount(Line line, @Argument Measure measure, @Argument AmountUnit unit) {
        return Money.fromFen(line.fen(measure), unit);
    }

    @SchemaMapping(typeName = "Line")
    BigDecimal personnel(Line line, @Argument AmountUnit unit) {
        return Money.fromFen(line.personnelFen(), unit);
    }

    @SchemaMapping(typeName = "Line")
    BigDecimal publicUse(Line line, @Argument AmountUnit unit) {
        return Money.fromFen(line.publicUseFen(), unit);
    }

    @SchemaMapping(typeName = "Figure", field = "amount")
    BigDecimal figureAmount(Figure figure, @Argument AmountUnit unit) {
        return Money.fromFen(figure.amountFen(), unit);
    }

    @SchemaMapping(typeName = "ThreePublicItem")
    BigDecimal budget(ThreePublicItem item, @Argument AmountUnit unit) {
        return Money.fromFen(item.budgetFen(), unit);
    }

    @SchemaMapping(typeName = "ThreePublicItem")
    BigDecimal actual(ThreePublicItem item, @Argument AmountUnit unit) {
        return Money.fromFen(item.actualFen(), unit);
    }

    @SchemaMapping(typeName = "ThreePublicDetail", field = "amount")
    BigDecimal detailAmount(ThreePublicItem.Detail detail, @Argument AmountUnit unit) {
        return Money.fromFen(detail.amountFen(), unit);
    }
}
