package org.kemu.rollup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.kemu.classification.Scheme;
import org.kemu.classification.SubjectLevel;
import org.kemu.format.ReportDocument;
import org.kemu.importing.ImportResult;
import org.kemu.importing.RegionTotals;
import org.kemu.importing.ReportImporter;
import org.kemu.importing.ReportPurge;
import org.kemu.report.Fund;
import org.kemu.report.Measure;
import org.kemu.report.ReportKind;
import org.kemu.support.SecondTestServer;
import org.kemu.support.StoredRegionTotals;
import org.kemu.synthetic.DatasetSize;
import org.kemu.synthetic.SyntheticLoader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The region totals kept at import answer every roll-up they are read for exactly as the lines do: for every
 * region scope they are kept for (the nation and each province at every level, each prefecture at 类 and 款), kind,
 * fund scope, scheme, level, measure, with and without rows by subject and year, below a subject or not. Held for
 * the seed, for size XS loaded beside it, after a correction and a repeated import of one report, and after a purge,
 * which must leave the totals exactly as they were.
 */
@SecondTestServer
class RegionTotalsIT {

    private static final long SEED = 1;

    @Autowired
    RollupRepository repository;

    @Autowired
    SyntheticLoader synthetic;

    @Autowired
    ReportImporter importer;

    @Autowired
    ReportPurge purge;

    @Autowired
    Neo4jClient neo4j;

    @Test
    void regionTotalsAnswerAsTheLinesDoForTheSeed() {
        var compared = assertSourcesAgree("seed", sides(allScopes(), fundsStated()), List.of(Scheme.values()),
                List.of(Measure.values()));
        assertThat(compared).as("comparisons with rows").isGreaterThan(50);
    }

    @Test
    void regionTotalsFollowImportCorrectionAndPurge() {
        var before = StoredRegionTotals.of(neo4j);
        assertThat(before).as("the seed's region totals").isNotEmpty().isEqualTo(totalsFromTheLines());

        var dataset = synthetic.dataset(DatasetSize.XS, SEED);
        var counties = dataset.counties().stream().map(org.kemu.region.Region::code).toList();
        try {
            var loaded = synthetic.load(DatasetSize.XS, SEED);
            assertThat(loaded.created()).isEqualTo(dataset.reportCount());
            assertThat(StoredRegionTotals.of(neo4j)).as("after loading XS").isEqualTo(totalsFromTheLines());
            var scopes = new ArrayList<String>();
            scopes.add(null);
            counties.forEach(county -> scopes.addAll(List.of(county.substring(0, 2), county.substring(0, 4))));
            var someScopes = scopes.stream().distinct().limit(12).toList();
            assertSourcesAgree("seed and XS", sides(someScopes, Collections.singletonList(null)), List.of(Scheme.FUNCTION),
                    List.of(Measure.TOTAL));

            var corrected = withoutLastLine(dataset.iterator().next());
            assertThat(statuses(corrected)).containsExactly(ImportResult.Status.REPLACED);
            assertThat(statuses(corrected)).containsExactly(ImportResult.Status.UNCHANGED);
            assertThat(StoredRegionTotals.of(neo4j)).as("after a correction and its repeat").isEqualTo(totalsFromTheLines());
        } finally {
            purge.purgeRegions(counties);
        }
        var after = StoredRegionTotals.of(neo4j);
        assertThat(difference(after, before)).as("region totals changed by loading and purging XS").isEmpty();
    }

    /** The entries of one map that the other lacks or holds differently. */
    private static Map<String, Object> difference(Map<String, Map<String, Object>> actual,
                                                  Map<String, Map<String, Object>> expected) {
        var difference = new TreeMap<String, Object>();
        actual.forEach((key, value) -> {
            if (!value.equals(expected.get(key))) {
                difference.put(key, value + " instead of " + expected.get(key));
            }
        });
        expected.keySet().stream().filter(key -> !actual.containsKey(key))
                .forEach(key -> difference.put(key, "missing"));
        return difference;
    }

    /**
     * The region totals computed afresh from the finest lines in Cypher, in the shape {@link #storedTotals} gives:
     * an independent statement of what the importer keeps.
     */
    private Map<String, Map<String, Object>> totalsFromTheLines() {
        var measures = Arrays.stream(Measure.values()).map(Measure::property).toList();
        var totals = new TreeMap<String, Map<String, Object>>();
        neo4j.query("""
                        MATCH (l:Line) WHERE l.finest
                        UNWIND [3, 5, 7] AS level
                        WITH l, level WHERE level <= CASE l.scheme WHEN 'FUNCTION' THEN 7 ELSE 5 END
                        UNWIND [n IN [0, 2, 4] WHERE n <= size(l.regionCode) AND (n < 4 OR level <= 5)
                                | substring(l.regionCode, 0, n)] AS scope
                        WITH scope, l.year AS year, l.kind AS kind, l.scheme AS scheme, l.fund AS fund,
                             l.primary AS primary, level,
                             CASE WHEN size(l.code) < level THEN l.code ELSE substring(l.code, 0, level) END AS code,
                             collect(l) AS lines
                        RETURN scope, year, kind, scheme, fund, primary, level, code, size(lines) AS count,
                               [m IN $measures | [m, reduce(s = 0, l IN lines | s + coalesce(l[m], 0)),
                                                  size([l IN lines WHERE l[m] IS NOT NULL])]] AS measures
                        """)
                .bind(measures).to("measures").fetch().all()
                .forEach(row -> {
                    var total = new HashMap<String, Object>();
                    for (var name : StoredRegionTotals.IDENTITY) {
                        total.put(name, row.get(name));
                    }
                    total.put("lines", row.get("count"));
                    for (var measure : (List<?>) row.get("measures")) {
                        var values = (List<?>) measure;
                        if (((Number) values.get(2)).longValue() > 0) {
                            total.put((String) values.get(0), values.get(1));
                            total.put(values.get(0) + "Lines", values.get(2));
                        }
                    }
                    totals.put(StoredRegionTotals.key(total), total);
                });
        return totals;
    }

    private List<ImportResult.Status> statuses(ReportDocument document) {
        return importer.importDocuments("correction", List.of(document), false).reports().stream()
                .map(ImportResult.ReportOutcome::status).toList();
    }

    private static ReportDocument withoutLastLine(ReportDocument doc) {
        return new ReportDocument(doc.format(), doc.unit(), doc.year(), doc.kind(), doc.source(), doc.amountUnit(),
                doc.staff(), doc.divisions(), doc.lines().subList(0, doc.lines().size() - 1), doc.figures(),
                doc.threePublic(), doc.counts(), doc.glossary(), doc.projects(), doc.notes(), doc.replaceEmpty());
    }

    /**
     * Compares the two sources on every level, subtree and grouping of the schemes and measures given, with every
     * scope, kind and fund scope as sides of one query.
     * Returns how many comparisons had rows.
     */
    private int assertSourcesAgree(String state, List<Map<String, Object>> sides, List<Scheme> schemes,
                                   List<Measure> measures) {
        var compared = 0;
        for (var scheme : schemes) {
            for (var level : SubjectLevel.values()) {
                if (level.codeLength() > scheme.finestLevel().codeLength()) {
                    continue;
                }
                for (var under : unders(scheme, level)) {
                    for (var measure : measures) {
                        for (var groupBy : List.of(EnumSet.of(Dimension.SUBJECT, Dimension.YEAR),
                                EnumSet.noneOf(Dimension.class))) {
                            var schemeSides = sides.stream().filter(side -> covered(side, level)).map(side -> {
                                var copy = new HashMap<>(side);
                                copy.put("scheme", scheme.name());
                                return (Map<String, Object>) copy;
                            }).toList();
                            var lines = normalized(repository.aggregate(RollupRepository.Source.LINES, schemeSides,
                                    measure.property(), level.codeLength(), under, groupBy, false, false));
                            var totals = normalized(repository.aggregate(RollupRepository.Source.REGION_TOTALS,
                                    schemeSides, measure.property(), level.codeLength(), under, groupBy, false, false));
                            assertThat(totals).as(state + ": " + scheme + " " + level + " under " + under + " "
                                    + measure + " by " + groupBy).isEqualTo(lines);
                            if (!lines.isEmpty()) {
                                compared++;
                            }
                        }
                    }
                }
            }
        }
        return compared;
    }

    /** Whether region totals are kept for the side's region at the level: the others are not read from them. */
    private static boolean covered(Map<String, Object> side, SubjectLevel level) {
        var regions = (List<?>) side.get("regions");
        return regions == null || regions.stream().allMatch(region -> RegionTotals.covers((String) region, level.codeLength()));
    }

    private static List<String> unders(Scheme scheme, SubjectLevel level) {
        var unders = new ArrayList<String>();
        unders.add(null);
        if (scheme == Scheme.FUNCTION) {
            unders.add("208");
            if (level.codeLength() >= 5) {
                unders.add("20801");
            }
        }
        return unders;
    }

    /** Every province and prefecture with a unit in it, and the nation (null). */
    private List<String> allScopes() {
        var scopes = new LinkedHashSet<String>();
        scopes.add(null);
        neo4j.query("MATCH (u:Unit) WHERE EXISTS { (u)-[:PUBLISHED]->() } RETURN DISTINCT u.regionCode AS code")
                .fetchAs(String.class).mappedBy((types, row) -> row.get("code").asString()).all()
                .forEach(code -> {
                    for (var length = 2; length <= Math.min(4, code.length()); length += 2) {
                        scopes.add(code.substring(0, length));
                    }
                });
        return new ArrayList<>(scopes);
    }

    /** The fund scopes lines state, and null (the primary one of each report). */
    private List<Fund> fundsStated() {
        var funds = new ArrayList<Fund>();
        funds.add(null);
        neo4j.query("MATCH (l:Line) RETURN DISTINCT l.fund AS fund")
                .fetchAs(String.class).mappedBy((types, row) -> row.get("fund").asString()).all()
                .forEach(fund -> funds.add(Fund.valueOf(fund)));
        return funds;
    }

    /** One side per scope (null: the nation), kind and fund scope (null: the primary one). */
    private static List<Map<String, Object>> sides(List<String> scopes, List<Fund> funds) {
        var sides = new ArrayList<Map<String, Object>>();
        for (var scope : scopes) {
            for (var kind : ReportKind.values()) {
                for (var fund : funds) {
                    var side = new HashMap<String, Object>();
                    side.put("name", (scope == null ? "nation" : scope) + "/" + kind + "/" + fund);
                    side.put("kind", kind.name());
                    side.put("fund", fund == null ? null : fund.name());
                    side.put("years", null);
                    side.put("unitIds", null);
                    side.put("regions", scope == null ? null : List.of(scope));
                    sides.add(side);
                }
            }
        }
        return sides;
    }

    /** The rows in one order, each with its fund scopes in one order. */
    private static List<Aggregate> normalized(List<Aggregate> aggregates) {
        return aggregates.stream()
                .map(a -> new Aggregate(a.side(), a.code(), a.unitId(), a.regionCode(), a.year(), a.fen(), a.lineCount(),
                        a.reportCount(), a.excludedLines(), a.executedFen(), a.budgetFen(),
                        a.funds().stream().sorted().toList(), a.onlyUnit(), a.onlyYear(), a.staff(), a.statedTotals()))
                .sorted(Comparator.comparing(Aggregate::toString))
                .toList();
    }
}
