package org.kemu.report;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;
import org.kemu.api.Batches;
import org.kemu.api.Connection;
import org.kemu.region.Region;
import org.kemu.region.RegionService;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

@Controller
final class UnitController {

    private final ReportService reports;
    private final RegionService regions;

    UnitController(ReportService reports, RegionService regions, BatchLoaderRegistry loaders) {
        this.reports = reports;
        this.regions = regions;
        loaders.<String, List<Report>>forName("unitReports")
                .registerMappedBatchLoader((ids, env) -> Mono.fromSupplier(() -> reports.reportsByUnit(ids)));
    }

    @QueryMapping
    Connection<Unit> units(@Argument String search, @Argument String regionCode, @Argument Integer first,
                           @Argument String after) {
        return reports.units(search, regionCode, first, after);
    }

    @QueryMapping
    Unit unit(@Argument String id) {
        return reports.requireUnit(id);
    }

    @BatchMapping
    Map<Unit, Region> region(List<Unit> units) {
        return Batches.bySource(units, Unit::regionCode, regions::byCodes);
    }

    @BatchMapping
    Map<Unit, Unit> supervisor(List<Unit> units) {
        return Batches.bySource(units, Unit::supervisorId, reports::unitsById);
    }

    @BatchMapping
    Map<Unit, Staff> staff(List<Unit> units) {
        return Batches.bySource(units, Unit::id, reports::latestStaff);
    }

    @SchemaMapping
    CompletableFuture<List<Report>> reports(Unit unit, @Argument Integer year, @Argument ReportKind kind,
                                            DataLoader<String, List<Report>> unitReports) {
        return unitReports.load(unit.id()).thenApply(all -> all.stream()
                .filter(r -> year == null || r.year() == year)
                .filter(r -> kind == null || r.kind() == kind)
                .toList());
    }

    @BatchMapping(typeName = "Region", field = "units")
    Map<Region, List<Unit>> unitsOfRegions(List<Region> regionsToFill) {
        return Batches.bySource(regionsToFill, Region::code, reports::unitsInRegions);
    }
}
