package org.kemu.rollup;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.dataloader.DataLoader;
import org.kemu.classification.ClassificationService;
import org.kemu.classification.Subject;
import org.kemu.classification.SubjectLevel;
import org.kemu.money.AmountUnit;
import org.kemu.region.Region;
import org.kemu.region.RegionService;
import org.kemu.report.Check;
import org.kemu.report.ConsistencyChecks;
import org.kemu.report.Figure;
import org.kemu.report.Line;
import org.kemu.report.Measure;
import org.kemu.report.Report;
import org.kemu.report.ReportService;
import org.kemu.report.ThreePublicItem;
import org.kemu.report.Unit;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
final class RollupController {

    private final RollupService rollups;
    private final ClassificationService classification;
    private final RegionService regions;
    private final ReportService reports;

    RollupController(RollupService rollups, ClassificationService classification, RegionService regions,
                     ReportService reports) {
        this.rollups = rollups;
        this.classification = classification;
        this.regions = regions;
        this.reports = reports;
    }

    /** Report counts, budgets and staff are only computed when the request asks for a field that needs them. */
    @QueryMapping
    List<RollupRow> rollup(@Argument LineFilter filter, @Argument SubjectLevel level, @Argument String under,
                           @Argument List<Dimension> groupBy, @Argument Measure measure, @Argument AmountUnit unit,
                           DataFetchingFieldSelectionSet selection) {
        return rollups.rollup(filter, level, under, groupBy, measure, unit,
                selection.containsAnyOf("reportCount", "executionRate", "perStaff"));
    }

    @QueryMapping
    List<ComparisonRow> compare(@Argument LineFilter left, @Argument LineFilter right, @Argument SubjectLevel level,
                                @Argument String under, @Argument Measure measure, @Argument AmountUnit unit) {
        return rollups.compare(left, right, level, under, measure, unit);
    }

    @BatchMapping(typeName = "RollupRow", field = "subject")
    Map<RollupRow, Subject> rowSubjects(List<RollupRow> rows) {
        var subjects = classification.byKeys(rows.stream().map(RollupRow::subject).filter(s -> s != null).toList());
        return rows.stream().filter(r -> r.subject() != null && subjects.containsKey(r.subject()))
                .collect(Collectors.toMap(r -> r, r -> subjects.get(r.subject()), (a, b) -> a));
    }

    @BatchMapping(typeName = "RollupRow", field = "unit")
    Map<RollupRow, Unit> rowUnits(List<RollupRow> rows) {
        var units = reports.unitsById(rows.stream().map(RollupRow::unitId).filter(id -> id != null).toList());
        return rows.stream().filter(r -> r.unitId() != null && units.containsKey(r.unitId()))
                .collect(Collectors.toMap(r -> r, r -> units.get(r.unitId()), (a, b) -> a));
    }

    @BatchMapping(typeName = "RollupRow", field = "region")
    Map<RollupRow, Region> rowRegions(List<RollupRow> rows) {
        var found = regions.byCodes(rows.stream().map(RollupRow::regionCode).filter(c -> c != null).collect(Collectors.toSet()));
        return rows.stream().filter(r -> r.regionCode() != null && found.containsKey(r.regionCode()))
                .collect(Collectors.toMap(r -> r, r -> found.get(r.regionCode()), (a, b) -> a));
    }

    @BatchMapping(typeName = "ComparisonRow", field = "subject")
    Map<ComparisonRow, Subject> comparisonSubjects(List<ComparisonRow> rows) {
        var subjects = classification.byKeys(rows.stream().map(ComparisonRow::subject).toList());
        return rows.stream().filter(r -> subjects.containsKey(r.subject()))
                .collect(Collectors.toMap(r -> r, r -> subjects.get(r.subject()), (a, b) -> a));
    }

    @BatchMapping(typeName = "Check", field = "subject")
    Map<Check, Subject> checkSubjects(List<Check> checks) {
        var subjects = classification.byKeys(checks.stream().map(Check::subject).filter(s -> s != null).toList());
        return checks.stream().filter(c -> c.subject() != null && subjects.containsKey(c.subject()))
                .collect(Collectors.toMap(c -> c, c -> subjects.get(c.subject()), (a, b) -> a));
    }

    @SchemaMapping(typeName = "Report")
    CompletableFuture<List<Check>> checks(Report report, DataLoader<String, List<Line>> reportLines,
                                          DataLoader<String, List<Figure>> reportFigures,
                                          DataLoader<String, List<ThreePublicItem>> reportThreePublic) {
        var lines = reportLines.load(report.id());
        var figures = reportFigures.load(report.id());
        var threePublic = reportThreePublic.load(report.id());
        return CompletableFuture.allOf(lines, figures, threePublic)
                .thenApply(done -> ConsistencyChecks.of(report, lines.join(), figures.join(), threePublic.join()));
    }
}
