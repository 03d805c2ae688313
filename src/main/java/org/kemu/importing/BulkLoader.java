package org.kemu.importing;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.kemu.classification.ClassificationCatalog;
import org.kemu.classification.ClassificationService;
import org.kemu.classification.Scheme;
import org.kemu.format.ReportDocument;
import org.kemu.importing.ReportPreparation.Prepared;
import org.kemu.importing.ReportPreparation.PreparedBatch;
import org.kemu.region.RegionCatalog;
import org.kemu.region.RegionService;

/**
 * The first half of a bulk first load: checks every document exactly as {@link ReportImporter} would for a new
 * database ({@link ReportPreparation#againstTheSeed()}, with no database started) and writes the graph an import of
 * them into an empty database would write — the same ids, properties, checksums, class and region totals — as CSV files
 * for Neo4j's offline importer ({@link OfflineImport}). Each node and relationship mirrors a statement of
 * {@link ReportWriter}; {@code BulkLoadIT} holds the two graphs equal. The seed comes first, as the seed load would
 * write it into an empty database before any import: the classification, the regions, the seed's report documents
 * and the record of its version ({@link SeedFiles}), so that the new database's first start finds it loaded and only
 * builds the indexes. A document of the load that is one of the seed's reports is loaded once; another version of one
 * is left to the importer, as for any later import.
 */
public final class BulkLoader {

    private static final int BATCH_REPORTS = 500;

    private final ReportPreparation preparation;
    private final Progress progress;

    private BulkLoader(ReportPreparation preparation, Progress progress) {
        this.preparation = preparation;
        this.progress = progress;
    }

    /** A loader that checks against the seed, which is all the new database will hold besides the load. */
    public static BulkLoader againstTheSeed() {
        return new BulkLoader(ReportPreparation.againstTheSeed(), (reports, lines) -> { });
    }

    /** The same loader, telling {@code progress} how far it has come after each batch it writes. */
    public BulkLoader reportingTo(Progress progress) {
        return new BulkLoader(preparation, progress);
    }

    /** Hears how many of the load's reports and lines are checked and written so far. */
    @FunctionalInterface
    public interface Progress {
        void written(int reports, long lines);
    }

    /**
     * What the load is: its reports and lines (the seed's aside), how many of them were the seed's own reports, the
     * nodes and relationships the files hold in all, the importer's arguments naming the files, and the first warnings
     * of the documents. The documents {@code replacingTheSeed}, checked, are the load's other versions of seed
     * reports: the files hold the seed's, and {@link ReportImporter} replaces them once the database runs.
     */
    public record Files(int reports, int seedsOwn, List<ReportDocument> replacingTheSeed, long lines, long nodes,
                        long relationships, List<String> importArguments, long warnings,
                        List<ImportProblem> firstWarnings) {
    }

    /** Writes documents built in memory (a generated dataset) into {@code directory}. */
    public Files write(String source, Iterator<ReportDocument> documents, Path directory) {
        return write(batches(documents, batch -> preparation.prepare(source, batch)), directory);
    }

    /**
     * Writes report documents in the kemu format (JSON texts) into {@code directory}, taking them as the batches
     * need them, so that a national load's files need not fit in memory at once.
     */
    public Files writeInputs(Iterator<ReportImporter.Input> inputs, Path directory) {
        return write(batches(inputs, preparation::prepareInputs), directory);
    }

    /** The next batch of at most {@value #BATCH_REPORTS} items, prepared; empty when none are left. */
    private static <T> Supplier<Optional<PreparedBatch>> batches(
            Iterator<T> items, Function<List<T>, PreparedBatch> prepare) {
        return () -> {
            var batch = new ArrayList<T>(BATCH_REPORTS);
            while (batch.size() < BATCH_REPORTS && items.hasNext()) {
                batch.add(items.next());
            }
            return batch.isEmpty() ? Optional.empty() : Optional.of(prepare.apply(batch));
        };
    }

    /** Prepares the next batch on a second thread while this one writes the last, as the synthetic loader does. */
    private Files write(Supplier<Optional<PreparedBatch>> batches, Path directory) {
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        try (var graph = new Graph(new BulkGraphFiles(directory), now.toInstant().toString());
             var prepared = new Lookahead<>("bulk-prepare", batches)) {
            var seedReports = SeedFiles.reports();
            graph.addSeed(preparation.prepareInputs(seedReports), SeedFiles.checksum(seedReports), now);
            for (var batch = prepared.next(); batch.isPresent(); batch = prepared.next()) {
                graph.add(batch.get());
                progress.written(graph.reports, graph.lines);
            }
            return graph.finish();
        }
    }

    /** The graph as it grows: nodes met by key (units, terms, subjects, regions) get their id on first use. */
    private static final class Graph implements AutoCloseable {
        private static final int WARNINGS_KEPT = 20;

        private final BulkGraphFiles files;
        private final String importedAt;
        private final RegionTotals regionTotals = new RegionTotals();
        private final Map<String, String> reportLocations = new HashMap<>();
        private final Map<String, Keyed> units = new LinkedHashMap<>();
        private final Map<String, Keyed> terms = new LinkedHashMap<>();
        private final Map<List<String>, Keyed> subjects = new LinkedHashMap<>();
        private final Map<String, Keyed> regions = new LinkedHashMap<>();
        private final Map<String, String> seedChecksums = new HashMap<>();
        private final List<ReportDocument> replacingTheSeed = new ArrayList<>();
        private final LinkedHashSet<List<Long>> located = new LinkedHashSet<>();
        private final LinkedHashSet<List<Long>> supervised = new LinkedHashSet<>();
        private final LinkedHashSet<List<Long>> about = new LinkedHashSet<>();
        private final List<ImportProblem> firstWarnings = new ArrayList<>();
        private long warnings;
        private int reports;
        private int seedsOwn;
        private long lines;

        /** A node whose properties are settled when the last report is in. */
        private record Keyed(long id, Map<String, Object> properties) {
        }

        Graph(BulkGraphFiles files, String importedAt) {
            this.files = files;
            this.importedAt = importedAt;
        }

        /**
         * {@link SeedLoader#load}: the classification and its tree, the regions and theirs, the seed's reports, and
         * the version loaded. The seed's own findings are not the load's warnings, and its reports not the load's.
         */
        void addSeed(PreparedBatch seedReports, String checksum, OffsetDateTime loadedAt) {
            var catalog = ClassificationCatalog.seeded();
            for (var scheme : Scheme.values()) {
                ClassificationService.stored(scheme, catalog.subjects(scheme)).forEach(row -> addStored(
                        subjectNode(scheme.name(), (String) row.get("code")), row, code -> subject(scheme.name(), code)));
            }
            RegionService.stored(RegionCatalog.seeded().rows()).forEach(row ->
                    addStored(regionNode((String) row.get("code")), row, this::region));
            for (var prepared : seedReports.reports()) {
                add(prepared);
                seedChecksums.put(prepared.reportId(), prepared.checksum());
            }
            files.node("SeedState", Map.of("name", SeedFiles.STATE_NAME, "checksum", checksum, "loadedAt", loadedAt));
        }

        /** A node of a tree as its service stores it: its properties, and PARENT to the node of its parent's code. */
        private void addStored(Keyed node, Map<String, Object> row, Function<String, Long> nodeOfCode) {
            row.forEach((name, value) -> {
                if (!name.equals("parent")) {
                    node.properties().put(name, value);
                }
            });
            if (row.get("parent") != null) {
                files.relationship("PARENT", node.id(), nodeOfCode.apply((String) row.get("parent")), Map.of());
            }
        }

        void add(PreparedBatch batch) {
            var fresh = admitted(batch);
            note(batch.warnings());
            for (var prepared : batch.reports()) {
                reports++;
                lines += prepared.rows().lines().size();
            }
            for (var prepared : fresh) {
                add(prepared);
                note(prepared.inconsistencies());
            }
        }

        /**
         * The batch's reports that go into the files. A report twice in one load would replace itself; the importer
         * refuses that within a batch, this across. A seed report goes in once, as an import after the seed would find
         * it unchanged. One that differs from the seed's is left for the importer once the database has started
         * ({@link Files#replacingTheSeed}), which keeps the seed's version as a revision as it would for any import.
         */
        private List<Prepared> admitted(PreparedBatch batch) {
            var problems = new ArrayList<ImportProblem>();
            var fresh = new ArrayList<Prepared>();
            for (var prepared : batch.reports()) {
                var earlier = reportLocations.putIfAbsent(prepared.reportId(), BatchValidator.location(prepared.parsed()));
                var seeded = seedChecksums.get(prepared.reportId());
                if (earlier != null) {
                    problems.add(BatchValidator.repeated(prepared.parsed(), prepared.reportId(), earlier));
                } else if (seeded == null) {
                    fresh.add(prepared);
                } else if (seeded.equals(prepared.checksum())) {
                    seedsOwn++;
                } else {
                    replacingTheSeed.add(prepared.parsed().document());
                    note(prepared.inconsistencies());
                }
            }
            if (!problems.isEmpty()) {
                throw new ImportException(problems);
            }
            return fresh;
        }

        private void note(List<ImportProblem> found) {
            warnings += found.size();
            found.stream().limit(Math.max(0, WARNINGS_KEPT - firstWarnings.size())).forEach(firstWarnings::add);
        }

        private void add(Prepared prepared) {
            var rows = prepared.rows();
            var unit = upsertUnit(rows.unit());
            var reportProperties = new HashMap<>(rows.report());
            reportProperties.put("checksum", prepared.checksum());
            reportProperties.put("importedAt", importedAt);
            var report = files.node("Report", reportProperties);
            files.relationship("PUBLISHED", unit, report, Map.of());
            for (var line : rows.lines()) {
                var node = files.node("Line", line);
                files.relationship("HAS_LINE", report, node, Map.of());
                files.relationship("OF_SUBJECT", node, subject((String) line.get("scheme"), (String) line.get("code")),
                        Map.of());
            }
            regionTotals.add(rows.lines(), 1);
            ClassTotals.of(rows.lines()).forEach(total ->
                    files.relationship("HAS_CLASS_TOTAL", report, files.node("ClassTotal", total), Map.of()));
            rows.figures().forEach(row ->
                    files.relationship("HAS_FIGURE", report, files.node("Figure", props(row)), Map.of()));
            rows.counts().forEach(row ->
                    files.relationship("HAS_COUNT", report, files.node("Count", props(row)), Map.of()));
            for (var item : rows.threePublic()) {
                var node = files.node("ThreePublic", props(item));
                files.relationship("HAS_THREE_PUBLIC", report, node, Map.of());
                parts(item, "details").forEach(detail ->
                        files.relationship("HAS_DETAIL", node, files.node("ThreePublicDetail", detail), Map.of()));
            }
            rows.definitions().forEach(row -> addDefinition(report, row));
            for (var project : rows.projects()) {
                var node = files.node("Project", props(project));
                files.relationship("HAS_PROJECT", report, node, Map.of());
                parts(project, "funds").forEach(fund ->
                        files.relationship("HAS_FUND", node, files.node("ProjectFund", fund), Map.of()));
                parts(project, "indicators").forEach(indicator ->
                        files.relationship("HAS_INDICATOR", node, files.node("Indicator", indicator), Map.of()));
            }
        }

        /** {@link ReportWriter#upsertUnits}: the unit's name and region set, its type when stated; a supervisor made once. */
        private long upsertUnit(Map<String, Object> row) {
            var regionCode = (String) row.get("regionCode");
            var unit = units.computeIfAbsent((String) row.get("id"), id -> keyed("id", id));
            unit.properties().put("name", row.get("name"));
            unit.properties().put("regionCode", regionCode);
            if (row.get("type") != null) {
                unit.properties().put("type", row.get("type"));
            }
            located.add(List.of(unit.id(), region(regionCode)));
            var supervisorId = (String) row.get("supervisorId");
            if (supervisorId != null) {
                var supervisor = units.computeIfAbsent(supervisorId, id -> {
                    var created = keyed("id", id);
                    created.properties().put("name", row.get("supervisor"));
                    created.properties().put("regionCode", regionCode);
                    return created;
                });
                located.add(List.of(supervisor.id(), region(regionCode)));
                supervised.add(List.of(unit.id(), supervisor.id()));
            }
            return unit.id();
        }

        /** {@link ReportWriter#createDefinitions}: the term made on first use, and linked once to its subject. */
        private void addDefinition(long report, Map<String, Object> row) {
            var definition = files.node("Definition", props(row));
            files.relationship("HAS_DEFINITION", report, definition, Map.of());
            var term = terms.computeIfAbsent((String) row.get("termKey"), key -> {
                var created = keyed("key", key);
                created.properties().put("name", row.get("termName"));
                created.properties().put("searchName", row.get("termSearchName"));
                created.properties().put("subjectScheme", row.get("subjectScheme"));
                created.properties().put("subjectCode", row.get("subjectCode"));
                return created;
            });
            files.relationship("DEFINES", definition, term.id(), Map.of());
            if (row.get("subjectCode") != null) {
                about.add(List.of(term.id(), subject((String) row.get("subjectScheme"), (String) row.get("subjectCode"))));
            }
        }

        private Keyed keyed(String key, String value) {
            var properties = new LinkedHashMap<String, Object>();
            properties.put(key, value);
            return new Keyed(files.newId(), properties);
        }

        /** A subject's node, made with its key on first use as an import's MERGE would make it. */
        private Keyed subjectNode(String scheme, String code) {
            return subjects.computeIfAbsent(List.of(scheme, code), key -> {
                var created = keyed("scheme", scheme);
                created.properties().put("code", code);
                return created;
            });
        }

        private long subject(String scheme, String code) {
            return subjectNode(scheme, code).id();
        }

        private Keyed regionNode(String code) {
            return regions.computeIfAbsent(code, key -> keyed("code", code));
        }

        private long region(String code) {
            return regionNode(code).id();
        }

        @SuppressWarnings("unchecked")
        private static Map<String, Object> props(Map<String, Object> row) {
            return (Map<String, Object>) row.get("props");
        }

        @SuppressWarnings("unchecked")
        private static List<Map<String, Object>> parts(Map<String, Object> row, String name) {
            return (List<Map<String, Object>>) row.get(name);
        }

        /** Writes the nodes met by key, the region totals and the data version, and returns what the files hold. */
        Files finish() {
            units.values().forEach(unit -> files.node(unit.id(), "Unit", unit.properties()));
            located.forEach(pair -> files.relationship("LOCATED_IN", pair.get(0), pair.get(1), Map.of()));
            supervised.forEach(pair -> files.relationship("SUPERVISED_BY", pair.get(0), pair.get(1), Map.of()));
            terms.values().forEach(term -> files.node(term.id(), "Term", term.properties()));
            about.forEach(pair -> files.relationship("ABOUT", pair.get(0), pair.get(1), Map.of()));
            subjects.values().forEach(subject -> files.node(subject.id(), "Subject", subject.properties()));
            regions.values().forEach(region -> files.node(region.id(), "Region", region.properties()));
            regionTotals.asNewNodes().forEach(total -> files.node("RegionTotal", total));
            files.node("DataVersion", ReportWriter.dataVersionAfterFirstLoad(RegionTotals.MODEL));
            var arguments = files.finish();
            return new Files(reports, seedsOwn, List.copyOf(replacingTheSeed), lines, files.nodeCount(),
                    files.relationshipCount(), arguments, warnings, List.copyOf(firstWarnings));
        }

        @Override
        public void close() {
            files.close();
        }
    }
}
