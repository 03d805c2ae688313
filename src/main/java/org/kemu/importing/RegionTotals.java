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

    private static final Measure[] MEASURES = Measure.values();

    /** A total's identity: the properties of its uniqueness constraint. */
    private record Identity(String scope, int year, Object kind, Object scheme, Object fund, Object primary, int level,
                            String code) {
    }

    /** What the lines added or taken away bring to a total: their count, and each measure's sum and count. */
    private static final class Change {
        private long lines;
        private final long[] fen = new long[MEASURES.length];
        private final long[] stated = new long[MEASURES.length];
    }

    /** The changes, in the order their totals were first met. */
    private final Map<Identity, Change> changes = new LinkedHashMap<>();

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
        var identity = new Identity(scope, ((Number) line.get("year")).intValue(), line.get("kind"),
                line.get("scheme"), line.get("fund"), line.get("primary"), level, code);
        var change = changes.computeIfAbsent(identity, key -> new Change());
        change.lines += sign;
        for (int i = 0; i < MEASURES.length; i++) {
            var fen = line.get(MEASURES[i].property());
            if (fen != null) {
                change.fen[i] += sign * ((Number) fen).longValue();
                change.stated[i] += sign;
            }
        }
    }

    /**
     * The totals as nodes that held nothing before store them, by the rule {@link ReportWriter#changeRegionTotals}
     * applies: a measure no line states is absent, and so is a total without lines.
     */
    List<Map<String, Object>> asNewNodes() {
        var nodes = new ArrayList<Map<String, Object>>();
        changes.forEach((identity, change) -> {
            if (change.lines == 0) {
                return;
            }
            var node = identity(identity, change);
            for (int i = 0; i < MEASURES.length; i++) {
                if (change.stated[i] != 0) {
                    node.put(MEASURES[i].property(), change.fen[i]);
                    node.put(MEASURES[i].property() + "Lines", change.stated[i]);
                }
            }
            nodes.add(node);
        });
        return nodes;
    }

    /** The changes as rows for {@link ReportWriter#changeRegionTotals}: identity, and the amounts to add to each. */
    List<Map<String, Object>> rows() {
        var rows = new ArrayList<Map<String, Object>>(changes.size());
        changes.forEach((identity, change) -> {
            var row = identity(identity, change);
            for (int i = 0; i < MEASURES.length; i++) {
                row.put(MEASURES[i].property(), change.fen[i]);
                row.put(MEASURES[i].property() + "Lines", change.stated[i]);
            }
            rows.add(row);
        });
        return rows;
    }

    private static Map<String, Object> identity(Identity identity, Change change) {
        var row = new LinkedHashMap<String, Object>();
        row.put("scope", identity.scope());
        row.put("year", identity.year());
        row.put("kind", identity.kind());
        row.put("scheme", identity.scheme());
        row.put("fund", identity.fund());
        row.put("primary", identity.primary());
        row.put("level", identity.level());
        row.put("code", identity.code());
        row.put("lines", change.lines);
        return row;
    }
}
