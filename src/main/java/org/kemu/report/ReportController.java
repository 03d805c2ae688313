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

    @SchemaMapping
    CompletableFuture<Double> executionRate(Report report, DataLoader<String, List<Figure>> reportFigures,
                                            DataLoader<String, List<Line>> reportLines) {
        return reportFigures.load(report.id()).thenCombine(reportLines.load(report.id()), (figures, lines) -> {
            var actual = ReportService.totalFen(report, Measure.TOTAL, figures, lines);
            var budget = ReportService.totalFen(report, Measure.BUDGET_ADJUSTED, figures, lines);
            if (budget == null) {
                budget = ReportService.totalFen(report, Measure.BUDGET_INITIAL, figures, lines);
            }
            return Money.ratio(actual, budget);
        });
    }

    @SchemaMapping
    CompletableFuture<BigDecimal> perStaff(Report report, @Argument Measure measure, @Argument AmountUnit unit,
                                           DataLoader<String, List<Figure>> reportFigures,
                                           DataLoader<String, List<Line>> reportLines,
                                           DataLoader<String, List<Report>> unitReports) {
        var total = reportFigures.load(report.id()).thenCombine(reportLines.load(report.id()),
                (figures, lines) -> ReportService.totalFen(report, measure, figures, lines));
        return total.thenCombine(unitReports.load(report.unitId()), (fen, sameUnit) -> {
            var staff = sameUnit.stream().filter(r -> r.year() == report.year() && r.staff() != null
                    && r.staff().actual() != null && r.staff().actual() > 0).map(r -> r.staff().actual()).findFirst();
            if (fen == null || staff.isEmpty()) {
                return null;
            }
            return Money.fromFen(fen, unit).divide(BigDecimal.valueOf(staff.get()), 2, java.math.RoundingMode.HALF_EVEN);
        });
    }

    @SchemaMapping(typeName = "Line", field = "executionRate")
    Double lineExecutionRate(Line line) {
        return Money.ratio(line.totalFen(), line.budgetAdjustedFen() != null ? line.budgetAdjustedFen() : line.budgetInitialFen());
    }


    @BatchMapping
    Map<Report, List<CountFact>> counts(List<Report> reportsToFill) {
        return Batches.bySource(reportsToFill, Report::id, reports::countsByReport);
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
