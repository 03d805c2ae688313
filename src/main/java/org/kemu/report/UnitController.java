package org.kemu.report;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import org.dataloader.DataLoader;
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
        var found = regions.byCodes(units.stream().map(Unit::regionCode).collect(Collectors.toSet()));
        return units.stream().filter(u -> found.containsKey(u.regionCode()))
                .collect(Collectors.toMap(u -> u, u -> found.get(u.regionCode()), (a, b) -> a));
    }

    @BatchMapping
    Map<Unit, Unit> supervisor(List<Unit> units) {
        var found = reports.unitsById(units.stream().map(Unit::supervisorId).filter(id -> id != null).toList());
        return units.stream().filter(u -> u.supervisorId() != null && found.containsKey(u.supervisorId()))
                .collect(Collectors.toMap(u -> u, u -> found.get(u.supervisorId()), (a, b) -> a));
    }

    @BatchMapping
    Map<Unit, Staff> staff(List<Unit> units) {
        var staff = reports.latestStaff(units.stream().map(Unit::id).toList());
        return units.stream().filter(u -> staff.containsKey(u.id()))
                .collect(Collectors.toMap(u -> u, u -> staff.get(u.id()), (a, b) -> a));
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
        var units = reports.unitsInRegions(regionsToFill.stream().map(Region::code).toList());
        return regionsToFill.stream().collect(Collectors.toMap(r -> r, r -> units.get(r.code()), (a, b) -> a));
    }
}
