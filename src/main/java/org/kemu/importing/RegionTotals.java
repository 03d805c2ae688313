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
 * The finest lines summed per region scope, year, kind, scheme, fund scope and subject level: a roll-up of the
 * nation, a province or a prefecture reads one {@code RegionTotal} per subject instead of every line below it, so
 * its cost grows with the answer, not with the lines. A line counts in the nation (scope {@code ""}) and its
 * province at every level, and in its prefecture at 类 and 款. A prefecture's 项 totals would be about as many as
 * its lines, and counties hold a handful of reports each: both are read from their lines as fast, while their
 * totals would cost the import a node per report and subject (see {@link #covers}). At each level a line is keyed
 * by its code cut to that level, or by its own code when it is stated only at a coarser level, which is how
 * roll-ups show such lines. Each measure keeps how many lines stated it, since a measure no line states is absent,
 * not zero; {@code lines} counts the lines a total holds. Changed in the transaction that writes or deletes the
 * lines (see {@link ReportWriter}); the roll-up repository reads the same labels and properties.
 */
public final class RegionTotals {

    /** Which build of the totals a database holds; a database without this one has them rebuilt at start-up. */
    static final String MODEL = "region-totals-1";

    /** The line properties the totals are computed from, in the shape {@link ReportWriter#finestLines} reads. */
    static final List<String> LINE_PROPERTIES = Stream.concat(
            Stream.of("finest", "code", "scheme", "fund", "primary", "regionCode", "year", "kind"),
            Arrays.stream(Measure.values()).map(Measure::property)).toList();

    private static final int[] LEVELS = {3, 5, 7};
    /** The lengths of the region codes of the scopes: the nation, a province, a prefecture. */
    private static final int[] SCOPE_LENGTHS = {0, 2, 4};
    private static final int PREFECTURE = 4;
    private static final int SECTION = 5;

    /** The changes by a total's identity: scope, year, kind, scheme, fund, primary, level, code. */
    private final Map<List<Object>, Map<String, Object>> rows = new LinkedHashMap<>();

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
                    if (scopeLength > regionCode.length() || !covers(scopeLength, level)) {
                        continue;
                    }
                    change(line, regionCode.substring(0, scopeLength), level, keyCode, sign);
                }
            }
        }
        return this;
    }

    /**
     * Whether totals are kept for a region (a normalised code; null or empty for the nation) at a subject level
     * (a code length): for the nation and provinces at every level, for prefectures at 类 and 款, for counties not.
     */
    public static boolean covers(String regionCode, int levelLength) {
        return covers(regionCode == null ? 0 : regionCode.length(), levelLength);
    }

    private static boolean covers(int scopeLength, int levelLength) {
        return scopeLength < PREFECTURE || scopeLength == PREFECTURE && levelLength <= SECTION;
    }

    private void change(Map<String, Object> line, String scope, int level, String code, int sign) {
        var year = ((Number) line.get("year")).intValue();
        var identity = Arrays.asList(scope, year, line.get("kind"), line.get("scheme"), line.get("fund"),
                line.get("primary"), level, code);
        var row = rows.computeIfAbsent(identity, k -> {
            var created = new LinkedHashMap<String, Object>();
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
