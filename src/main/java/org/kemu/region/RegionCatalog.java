package org.kemu.region;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.kemu.csv.Csv;
import org.kemu.region.RegionService.RegionRow;

/**
 * The regions as the seed states them, read from {@value #FILE} on the classpath: the server loads them into the
 * graph, and a bulk first load checks documents' region codes against them without a database.
 */
public final class RegionCatalog {

    public static final String FILE = "seed/regions/regions.csv";

    /** Read on first use, like the classification's catalog, so that a malformed file fails with its own message. */
    private static volatile RegionCatalog seeded;

    private final List<RegionRow> rows;
    private final List<Region> regions;

    private RegionCatalog(List<RegionRow> rows) {
        this.rows = rows;
        this.regions = asRegions(rows);
    }

    /** The seeded regions, read once. */
    public static RegionCatalog seeded() {
        var catalog = seeded;
        if (catalog == null) {
            catalog = new RegionCatalog(parse(text(), FILE));
            seeded = catalog;
        }
        return catalog;
    }

    /** The regions in the order the file lists them. */
    public List<RegionRow> rows() {
        return rows;
    }

    /** The regions as the graph holds them once the seed is loaded, in code order. */
    public List<Region> regions() {
        return regions;
    }

    /** The county-level regions in code order, as {@link RegionService#counties()} reads them from the graph. */
    public List<Region> counties() {
        return regions.stream().filter(region -> region.code().length() == 6).toList();
    }

    /** Rows of {@code code,name,source}. */
    static List<RegionRow> parse(String csv, String file) {
        return Csv.parse(csv, file).stream()
                .map(row -> new RegionRow(row.get("code"), row.get("name"), row.get("source")))
                .toList();
    }

    /** Rows as regions, each with its level and its path of names from the province down, in code order. */
    static List<Region> asRegions(List<RegionRow> rows) {
        var names = rows.stream().collect(Collectors.toMap(RegionRow::code, RegionRow::name, (a, b) -> b));
        return rows.stream().sorted(Comparator.comparing(RegionRow::code))
                .map(row -> new Region(row.code(), row.name(), Region.levelOf(row.code()), path(row.code(), names)))
                .toList();
    }

    private static String path(String code, Map<String, String> names) {
        var parts = new ArrayList<String>();
        for (int length = 2; length <= code.length(); length += 2) {
            var name = names.get(code.substring(0, length));
            if (name != null) {
                parts.add(name);
            }
        }
        return String.join(" / ", parts);
    }

    private static String text() {
        try (var in = RegionCatalog.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("region file " + FILE + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read seed file " + FILE, e);
        }
    }
}
