package org.kemu.limits;

import java.util.Map;
import java.util.OptionalInt;

/**
 * The one table behind both halves of "every list bounded": the cost analysis counts each list at its cap, and
 * the server cuts any list longer than its cap, so the estimate is a true upper bound. Paged lists (the
 * {@code edges} of a connection) are not here: their {@code first} is their size. The schema description of each
 * capped field states the same number, which {@code CostTableTests} checks.
 */
final class CostTable {

    /** Caps of list fields, by {@code Type.field}. Natural maxima where the data has one (2-digit code parts). */
    private static final Map<String, Integer> CAPS = Map.ofEntries(
            Map.entry("Query.regions", 500),
            Map.entry("Query.rollup", 2000),
            Map.entry("Query.compare", 2000),
            Map.entry("Query.rollupGaps", 2000),
            Map.entry("RollupRow.funds", 5),
            Map.entry("Subject.children", 100),
            Map.entry("Subject.ancestors", 3),
            Map.entry("Subject.descendants", 1000),
            Map.entry("Subject.formerNames", 20),
            Map.entry("Subject.glossary", 100),
            Map.entry("Region.children", 100),
            Map.entry("Region.units", 1000),
            Map.entry("Unit.reports", 20),
            Map.entry("Staff.details", 50),
            Map.entry("Report.lines", 500),
            Map.entry("Report.figures", 500),
            Map.entry("Report.threePublic", 100),
            Map.entry("Report.counts", 200),
            Map.entry("Report.divisions", 200),
            Map.entry("Report.projects", 200),
            Map.entry("Report.notes", 200),
            Map.entry("Report.checks", 500),
            Map.entry("Report.glossary", 500),
            Map.entry("Report.revisions", 20),
            Map.entry("Report.related", 10),
            Map.entry("Series.points", 50),
            Map.entry("ThreePublicItem.details", 100),
            Map.entry("Project.funds", 50),
            Map.entry("Project.indicators", 200),
            Map.entry("Term.definitions", 100),
            Map.entry("ImportResult.reports", 1000),
            Map.entry("ImportResult.problems", 1000));

    /**
     * Fields whose work is out of proportion to the objects they return: an aggregation may read every line of
     * the database (a comparison runs two), so a query holds a few dozen at most; an export reads a whole report;
     * the gaps of a roll-up and a page of projects count every unit or project that matches.
     */
    private static final Map<String, Integer> WEIGHTS = Map.of(
            "Query.rollup", 100_000,
            "Query.compare", 200_000,
            "Query.rollupGaps", 10_000,
            "Query.projects", 10_000,
            "Query.exportReport", 100);

    private CostTable() {
    }

    static OptionalInt cap(String type, String field) {
        var cap = CAPS.get(type + "." + field);
        return cap == null ? OptionalInt.empty() : OptionalInt.of(cap);
    }

    static int weight(String type, String field) {
        return WEIGHTS.getOrDefault(type + "." + field, 0);
    }

    static Map<String, Integer> caps() {
        return CAPS;
    }
}
