package org.kemu.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kemu.report.Measure;

/**
 * A report's finest lines summed to each 类, computed once at import so that a national roll-up by 类 reads about
 * a dozen rows per report instead of every line. Each sum keeps how many lines stated the measure, since a
 * measure no line states is absent, not zero. Written and deleted with the report's lines, so a re-import or a
 * correction keeps them consistent.
 */
final class ClassTotals {

    private static final int CLASS_LENGTH = 3;

    private ClassTotals() {
    }

    /** The totals of one report's line rows (as written to the graph), one per scheme, fund and 类. */
    static List<Map<String, Object>> of(List<Map<String, Object>> lines) {
        var totals = new LinkedHashMap<List<Object>, Map<String, Object>>();
        for (var line : lines) {
            if (!Boolean.TRUE.equals(line.get("finest"))) {
                continue;
            }
            var code = ((String) line.get("code")).substring(0, CLASS_LENGTH);
            var total = totals.computeIfAbsent(List.of(line.get("scheme"), line.get("fund"), code), key -> {
                var row = new LinkedHashMap<String, Object>();
                for (var property : List.of("reportId", "unitId", "regionCode", "year", "kind", "scheme", "fund", "primary")) {
                    row.put(property, line.get(property));
                }
                row.put("code", code);
                row.put("executedFen", 0L);
                row.put("budgetedFen", 0L);
                row.put("budgetLines", 0L);
                for (var measure : Measure.values()) {
                    row.put(measure.property() + "Lines", 0L);
                }
                return row;
            });
            for (var measure : Measure.values()) {
                var fen = (Long) line.get(measure.property());
                if (fen != null) {
                    total.merge(measure.property(), fen, (a, b) -> (Long) a + (Long) b);
                    total.merge(measure.property() + "Lines", 1L, (a, b) -> (Long) a + (Long) b);
                }
            }
            var executed = (Long) line.get(Measure.TOTAL.property());
            var budget = line.get(Measure.BUDGET_ADJUSTED.property()) != null
                    ? (Long) line.get(Measure.BUDGET_ADJUSTED.property()) : (Long) line.get(Measure.BUDGET_INITIAL.property());
            if (executed != null && budget != null) {
                total.merge("executedFen", executed, (a, b) -> (Long) a + (Long) b);
                total.merge("budgetedFen", budget, (a, b) -> (Long) a + (Long) b);
                total.merge("budgetLines", 1L, (a, b) -> (Long) a + (Long) b);
            }
        }
        return new ArrayList<>(totals.values());
    }
}
