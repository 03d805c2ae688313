package org.kemu.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.kemu.classification.Scheme;
import org.kemu.report.Measure;

/**
 * The finest lines summed per region scope, year, kind, scheme, fund scope and subject at every level: a roll-up of
 * the nation, a province or a prefecture reads one {@code RegionTotal} per subject instead of every line below it,
 * so its cost grows with the answer, not with the lines. A line counts in the nation (scope {@code ""}), its
 * province and its prefecture. Counties keep none: a county holds a handful of reports, whose lines are read as
 * fast, while its totals would cost the import a node per report and subject. At each level a line is keyed by
 * its code cut to that level, or by its own code when it is stated only at a coarser level, which is how roll-ups
 * show such lines. Each measure keeps how many lines stated it, since a measure no line states is absent, not
 * zero; {@code lines} counts the lines a total holds. Changed in the transaction that writes or deletes the lines
 * (see {@link ReportWriter}); the roll-up repository reads the same labels and properties.
 */
final class RegionTotals {

    /** Which build of the totals a database holds; a database without this one has them rebuilt at start-up. */
    static final String MODEL = "region-totals-1";

    /** The line properties the totals are computed from, in the shape {@link ReportWriter#finestLines} reads. */
    static final List<String> LINE_PROPERTIES = Stream.concat(
            Stream.of("finest", "code", "scheme", "fund", "primary", "regionCode", "year", "kind"),
            Arrays.stream(Measure.values()).map(Measure::property)).toList();

    private static final int[] LEVELS = {3, 5, 7};
    /** The lengths of the region codes of the scopes: the nation, a province, a prefecture. */
    static final int[] SCOPE_LENGTHS = {0, 2, 4};

    private final Map<String, Map<String, Object>> rows = new LinkedHashMap<>();

    /** Adds line rows (as written to the graph) with sign 1, or takes them away with sign -1; only finest lines count. */
    RegionTotals add(List<Map<String, Object>> lines, int sign) {
        for (var line : lines) {
            if (!Boolean.TRUE.equals(line.get("finest"))) {
                continue;
            }
            var code = (String) line.get("code");
            var scheme = (String) line.get("scheme");
            var regionCode = (String) line.get("regionCode");
            var finestLength = Scheme.valueOf(scheme).finestLevel().codeLength();
            for (var level : LEVELS) {
                if (level > finestLength) {
                    continue;
                }
                var keyCode = code.length() < level ? code : code.substring(0, level);
                for (var scopeLength : SCOPE_LENGTHS) {
                    if (scopeLength > regionCode.length()) {
                        continue;
                    }
                    change(line, regionCode.substring(0, scopeLength), level, keyCode, sign);
                }
            }
        }
        return this;
    }

    private void change(Map<String, Object> line, String scope, int level, String code, int sign) {
        var year = ((Number) line.get("year")).intValue();
        var key = String.join("|", scope, String.valueOf(year), (String) line.get("kind"), (String) line.get("scheme"),
                (String) line.get("fund"), String.valueOf(line.get("primary")), String.valueOf(level), code);
        var row = rows.computeIfAbsent(key, k -> {
            var created = new LinkedHashMap<String, Object>();
            created.put("key", key);
            created.put("scope", scope);
            created.put("year", year);
            created.put("kind", line.get("kind"));
            created.put("scheme", line.get("scheme"));
            created.put("fund", line.get("fund"));
            created.put("primary", line.get("primary"));
            created.put("level", level);
            created.put("code", code);
            created.put("lines", 0L);
            for (var measure : Measure.values()) {
                created.put(measure.property(), 0L);
                created.put(measure.property() + "Lines", 0L);
            }
            return created;
        });
        row.merge("lines", (long) sign, (a, b) -> (Long) a + (Long) b);
        for (var measure : Measure.values()) {
            var fen = line.get(measure.property());
            if (fen != null) {
                row.merge(measure.property(), sign * ((Number) fen).longValue(), (a, b) -> (Long) a + (Long) b);
                row.merge(measure.property() + "Lines", (long) sign, (a, b) -> (Long) a + (Long) b);
            }
        }
    }

    /** The changes as rows for {@link ReportWriter#changeRegionTotals}: identity, and the amounts to add to each. */
    List<Map<String, Object>> rows() {
        return new ArrayList<>(rows.values());
    }
}
