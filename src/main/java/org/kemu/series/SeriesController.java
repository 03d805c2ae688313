package org.kemu.series;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;
import org.kemu.api.Batches;
import org.kemu.classification.ClassificationService;
import org.kemu.classification.Scheme;
import org.kemu.classification.Subject;
import org.kemu.money.AmountUnit;
import org.kemu.money.Money;
import org.kemu.report.Fund;
import org.kemu.report.Report;
import org.kemu.report.ReportKind;
import org.kemu.report.ReportService;
import org.kemu.report.Unit;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

@Controller
final class SeriesController {

    private final ClassificationService classification;
    private final ReportService reports;

    SeriesController(SeriesService series, ClassificationService classification, ReportService reports,
                     BatchLoaderRegistry loaders) {
        this.classification = classification;
        this.reports = reports;
        loaders.<SeriesRequest, Series>forName("unitSeries")
                .registerMappedBatchLoader((requests, env) -> Mono.fromSupplier(() -> series.series(requests)));
    }

    /** Units in a page asking the same series share one statement through the loader. */
    @SchemaMapping(typeName = "Unit")
    CompletableFuture<Series> series(Unit unit, @Argument String key, @Argument String subject, @Argument Fund fund,
                                     @Argument ReportKind kind, @Argument List<Integer> years,
                                     DataLoader<SeriesRequest, Series> unitSeries) {
        if (subject != null) {
            classification.requireWellFormed(Scheme.FUNCTION, subject);
        }
        return unitSeries.load(new SeriesRequest(unit.id(), subject == null ? key : null, fund, kind, subject))
                .thenApply(found -> years == null || years.isEmpty() ? found
                        : new Series(found.key(), found.subject(), found.fund(),
                                found.points().stream().filter(p -> years.contains(p.year())).toList()));
    }

    @BatchMapping(typeName = "Series", field = "subject")
    Map<Series, Subject> subjects(List<Series> series) {
        return Batches.bySource(series, Series::subject, classification::byKeys);
    }

    @BatchMapping(typeName = "SeriesPoint", field = "report")
    Map<SeriesPoint, Report> reportsOfPoints(List<SeriesPoint> points) {
        return Batches.bySource(points, SeriesPoint::reportId, reports::reportsById);
    }

    @SchemaMapping(typeName = "SeriesPoint")
    BigDecimal amount(SeriesPoint point, @Argument AmountUnit unit) {
        return Money.fromFen(point.amountFen(), unit);
    }

    @SchemaMapping(typeName = "SeriesPoint")
    BigDecimal delta(SeriesPoint point, @Argument AmountUnit unit) {
        return Money.fromFen(point.deltaFen(), unit);
    }

    @SchemaMapping(typeName = "SeriesPoint")
    BigDecimal statedChange(SeriesPoint point, @Argument AmountUnit unit) {
        return Money.fromFen(point.statedChangeFen(), unit);
    }
}
