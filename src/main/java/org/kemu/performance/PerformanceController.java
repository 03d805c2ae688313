package org.kemu.performance;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;
import org.kemu.api.Batches;
import org.kemu.api.Connection;
import org.kemu.money.AmountUnit;
import org.kemu.money.Money;
import org.kemu.report.Report;
import org.kemu.report.ReportService;
import org.kemu.report.Unit;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

@Controller
final class PerformanceController {

    private final PerformanceService performance;
    private final ReportService reports;

    PerformanceController(PerformanceService performance, ReportService reports, BatchLoaderRegistry loaders) {
        this.performance = performance;
        this.reports = reports;
        loaders.<String, List<Project>>forName("reportProjects")
                .registerMappedBatchLoader((ids, env) -> Mono.fromSupplier(() -> performance.projectsByReport(ids)));
    }

    @QueryMapping
    Connection<Project> projects(@Argument ProjectFilter filter, @Argument ProjectOrder orderBy,
                                 @Argument Integer first, @Argument String after) {
        return performance.projects(filter, orderBy, first, after);
    }

    @SchemaMapping(typeName = "Report")
    CompletableFuture<List<Project>> projects(Report report, @Argument ProjectScope scope,
                                              DataLoader<String, List<Project>> reportProjects) {
        return reportProjects.load(report.id())
                .thenApply(all -> all.stream().filter(p -> scope == null || p.scope() == scope).toList());
    }

    /** The unit's other reports of the same year: a 决算 and its 绩效自评 lead to each other. */
    @SchemaMapping(typeName = "Report", field = "related")
    CompletableFuture<List<Report>> related(Report report, DataLoader<String, List<Report>> unitReports) {
        return unitReports.load(report.unitId()).thenApply(all -> all.stream()
                .filter(r -> r.year() == report.year() && !r.id().equals(report.id())).toList());
    }

    @BatchMapping(typeName = "Project", field = "report")
    Map<Project, Report> reportOfProjects(List<Project> projects) {
        return Batches.bySource(projects, Project::reportId, reports::reportsById);
    }

    @BatchMapping(typeName = "Project", field = "unit")
    Map<Project, Unit> unitOfProjects(List<Project> projects) {
        return Batches.bySource(projects, Project::unitId, reports::unitsById);
    }

    @SchemaMapping(typeName = "Project", field = "indicators")
    List<Project.Indicator> indicators(Project project, @Argument Boolean met, @Argument Boolean scoredFull) {
        return project.indicators().stream()
                .filter(i -> met == null || met.equals(i.reading().met()))
                .filter(i -> scoredFull == null || scoredFull.equals(i.reading().scoredFull()))
                .toList();
    }

    @SchemaMapping(typeName = "Project", field = "score")
    BigDecimal score(Project project) {
        return project.scores().score();
    }

    @SchemaMapping(typeName = "Project", field = "maxScore")
    BigDecimal maxScore(Project project) {
        return project.scores().maxScore();
    }

    @SchemaMapping(typeName = "Project", field = "scoreBasis")
    ScoreBasis scoreBasis(Project project) {
        return project.scores().basis();
    }

    @SchemaMapping(typeName = "Project", field = "indicatorMaxScore")
    BigDecimal indicatorMaxScore(Project project) {
        return project.indicatorWeight();
    }

    @SchemaMapping(typeName = "Project", field = "executionMaxScore")
    BigDecimal executionMaxScore(Project project) {
        return project.executionWeight();
    }

    /** The stated rate where it reads as one ("100.00%", "0.979"), else executed / adjusted budget. */
    @SchemaMapping(typeName = "Project", field = "executionRatio")
    Double executionRatio(Project project) {
        var stated = project.executionRate() == null ? "" : project.executionRate().strip();
        try {
            if (stated.endsWith("%")) {
                return new BigDecimal(stated.substring(0, stated.length() - 1).strip())
                        .divide(BigDecimal.valueOf(100), MathContext.DECIMAL64).doubleValue();
            }
            if (!stated.isEmpty()) {
                return new BigDecimal(stated).doubleValue();
            }
        } catch (NumberFormatException e) {
            // prose rather than a rate: fall back to the amounts
        }
        return Money.ratio(project.executedFen(), project.budgetAdjustedFen());
    }

    @SchemaMapping(typeName = "Project", field = "budgetInitial")
    BigDecimal budgetInitial(Project project, @Argument AmountUnit unit) {
        return Money.fromFen(project.budgetInitialFen(), unit);
    }

    @SchemaMapping(typeName = "Project", field = "budgetAdjusted")
    BigDecimal budgetAdjusted(Project project, @Argument AmountUnit unit) {
        return Money.fromFen(project.budgetAdjustedFen(), unit);
    }

    @SchemaMapping(typeName = "Project", field = "executed")
    BigDecimal executed(Project project, @Argument AmountUnit unit) {
        return Money.fromFen(project.executedFen(), unit);
    }

    @SchemaMapping(typeName = "ProjectFund", field = "budgetInitial")
    BigDecimal fundBudgetInitial(Project.ProjectFund fund, @Argument AmountUnit unit) {
        return Money.fromFen(fund.budgetInitialFen(), unit);
    }

    @SchemaMapping(typeName = "ProjectFund", field = "budgetAdjusted")
    BigDecimal fundBudgetAdjusted(Project.ProjectFund fund, @Argument AmountUnit unit) {
        return Money.fromFen(fund.budgetAdjustedFen(), unit);
    }

    @SchemaMapping(typeName = "ProjectFund", field = "executed")
    BigDecimal fundExecuted(Project.ProjectFund fund, @Argument AmountUnit unit) {
        return Money.fromFen(fund.executedFen(), unit);
    }

    @SchemaMapping(typeName = "Indicator", field = "targetValue")
    Quantity targetValue(Project.Indicator indicator) {
        return indicator.reading().target();
    }

    @SchemaMapping(typeName = "Indicator", field = "actualValue")
    Quantity actualValue(Project.Indicator indicator) {
        return indicator.reading().actual();
    }

    @SchemaMapping(typeName = "Indicator", field = "met")
    Boolean met(Project.Indicator indicator) {
        return indicator.reading().met();
    }

    @SchemaMapping(typeName = "Indicator", field = "scoredFull")
    Boolean scoredFull(Project.Indicator indicator) {
        return indicator.reading().scoredFull();
    }
}
