package org.kemu.region;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.kemu.api.BadInputException;
import org.kemu.api.Excerpt;
import org.kemu.api.Batches;
import org.kemu.api.CopiedReferenceData;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The national tree of administrative regions. Regions are reference data that change only when the seed is loaded,
 * so lookups by code are served from an in-memory copy read once (some 3,200 regions); a code missing from it is
 * looked up in the graph.
 */
@Service
public class RegionService {

    private final RegionRepository repository;
    private volatile Map<String, Region> snapshot;

    RegionService(RegionRepository repository) {
        this.repository = repository;
    }

    /**
     * The canonical form of a region code: "510000" → "51", "511100" → "5111", "511112" stays. Anything that is
     * not 2, 4 or 6 digits is bad input.
     */
    public static String normalize(String code) {
        if (code == null || !code.matches("\\d{2}|\\d{4}|\\d{6}")) {
            throw new BadInputException("\"" + Excerpt.of(code) + "\" is not a region code: expected 2, 4 or 6 digits (GB/T 2260)");
        }
        if (code.length() == 6 && code.endsWith("0000")) {
            return code.substring(0, 2);
        }
        if (code.length() == 6 && code.endsWith("00")) {
            return code.substring(0, 4);
        }
        return code;
    }

    public Optional<Region> find(String code) {
        var normalized = normalize(code);
        return Optional.ofNullable(byCodes(List.of(normalized)).get(normalized));
    }

    /** The regions for the given codes, in code order; an unknown code is bad input naming it. */
    public List<Region> require(Collection<String> codes) {
        var normalized = codes.stream().map(RegionService::normalize).collect(Collectors.toCollection(LinkedHashSet::new));
        var found = byCodes(normalized);
        if (found.size() < normalized.size()) {
            var unknown = normalized.stream().filter(c -> !found.containsKey(c)).toList();
            throw new BadInputException("unknown region code" + (unknown.size() > 1 ? "s " : " ") + Excerpt.of(String.join(", ", unknown)));
        }
        return found.values().stream().sorted(Comparator.comparing(Region::code)).toList();
    }

    public List<Region> list(String parentCode, String search) {
        var parent = parentCode == null ? null : normalize(parentCode);
        if (search != null && !search.isBlank()) {
            return repository.search(parent, search.strip());
        }
        if (parent == null) {
            return repository.findProvinces();
        }
        return repository.findChildren(List.of(parent));
    }

    /** All county-level regions in code order. */
    public List<Region> counties() {
        return repository.findByLevel("county");
    }

    public Map<String, Region> byCodes(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        return CopiedReferenceData.byKeys(codes, snapshot()::get, repository::findByCodes, Region::code);
    }

    private Map<String, Region> snapshot() {
        var current = snapshot;
        if (current == null) {
            current = repository.findAll().stream().collect(Collectors.toUnmodifiableMap(Region::code, Function.identity()));
            snapshot = current;
        }
        return current;
    }

    /** The parent of each region that has one. */
    public Map<Region, Region> parents(List<Region> regions) {
        return Batches.bySource(regions, Region::parentCode, this::byCodes);
    }

    public Map<Region, List<Region>> children(List<Region> regions) {
        var children = repository.findChildren(regions.stream().map(Region::code).toList());
        var result = new LinkedHashMap<Region, List<Region>>();
        for (var region : regions) {
            result.put(region, children.stream().filter(c -> region.code().equals(c.parentCode())).toList());
        }
        return result;
    }

    @Transactional
    public void upsert(List<RegionRow> rows) {
        repository.upsert(stored(rows));
        CopiedReferenceData.forgetOnWrite(() -> snapshot = null);
    }

    /**
     * Regions as the graph stores them: each row's {@code code}, its {@code parent} code (the PARENT relationship)
     * and every other property of its node.
     */
    public static List<Map<String, Object>> stored(List<RegionRow> rows) {
        var sources = rows.stream().collect(Collectors.toMap(RegionRow::code, RegionRow::source, (a, b) -> b));
        return RegionCatalog.asRegions(rows).stream()
                .map(region -> {
                    var map = new HashMap<String, Object>();
                    map.put("code", region.code());
                    map.put("name", region.name());
                    map.put("level", region.level());
                    map.put("source", sources.get(region.code()));
                    map.put("parent", region.parentCode());
                    map.put("path", region.path());
                    return (Map<String, Object>) map;
                })
                .toList();
    }

    /** A region as the seed states it. */
    public record RegionRow(String code, String name, String source) {
    }
}
