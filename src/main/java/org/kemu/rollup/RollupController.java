package org.kemu.rollup;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.dataloader.DataLoader;
import org.kemu.api.Batches;
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
import org.kemu.report.StaffBasis;
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
                           @Argument StaffBasis perStaffBasis, @Argument RollupOrder orderBy, @Argument Integer first,
                           DataFetchingFieldSelectionSet selection) {
        var options = new RollupOptions(perStaffBasis, orderBy, first);
        var detail = selection.containsAnyOf("reportCount", "executionRate", "perStaff", "perStaffText", "perStaffNote")
                || options.orderBy() == RollupOrder.PER_STAFF_DESC || options.orderBy() == RollupOrder.PER_STAFF_ASC;
        return rollups.rollup(filter, level, under, groupBy, measure, unit, detail, options);
    }

    @QueryMapping
    List<RollupGap> rollupGaps(@Argument LineFilter filter, @Argument String under, @Argument Measure measure) {
        return rollups.gaps(filter, under, measure);
    }

    @BatchMapping(typeName = "RollupGap", field = "unit")
    Map<RollupGap, Unit> gapUnits(List<RollupGap> gaps) {
        return Batches.bySource(gaps, RollupGap::unitId, reports::unitsById);
    }

    @QueryMapping
    List<ComparisonRow> compare(@Argument LineFilter left, @Argument LineFilter right, @Argument SubjectLevel level,
                                @Argument String under, @Argument Measure measure, @Argument AmountUnit unit,
                                @Argument ComparisonOrder orderBy, @Argument Integer first) {
        return rollups.compare(left, right, level, under, measure, unit, orderBy, first);
    }

    @BatchMapping(typeName = "RollupRow", field = "subject")
    Map<RollupRow, Subject> rowSubjects(List<RollupRow> rows) {
        return Batches.bySource(rows, RollupRow::subject, classification::byKeys);
    }

    @BatchMapping(typeName = "RollupRow", field = "unit")
    Map<RollupRow, Unit> rowUnits(List<RollupRow> rows) {
        return Batches.bySource(rows, RollupRow::unitId, reports::unitsById);
    }

    @BatchMapping(typeName = "RollupRow", field = "region")
    Map<RollupRow, Region> rowRegions(List<RollupRow> rows) {
        return Batches.bySource(rows, RollupRow::regionCode, regions::byCodes);
    }

    @BatchMapping(typeName = "Check", field = "subject")
    Map<Check, Subject> checkSubjects(List<Check> checks) {
        return Batches.bySource(checks, Check::subject, classification::byKeys);
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
