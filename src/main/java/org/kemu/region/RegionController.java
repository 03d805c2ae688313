package org.kemu.region;

import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
final class RegionController {

    private final RegionService regions;

    RegionController(RegionService regions) {
        this.regions = regions;
    }

    @QueryMapping
    Region region(@Argument String code) {
        return regions.find(code).orElse(null);
    }

    @QueryMapping
    List<Region> regions(@Argument String parentCode, @Argument String search) {
        return regions.list(parentCode, search);
    }

    @BatchMapping
    Map<Region, Region> parent(List<Region> children) {
        return regions.parents(children);
    }

    @BatchMapping
    Map<Region, List<Region>> children(List<Region> parents) {
        return regions.children(parents);
    }
}
