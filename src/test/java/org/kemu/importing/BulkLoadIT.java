package org.kemu.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kemu.cli.CommandContext;
import org.kemu.cli.CommandLine;
import org.kemu.format.ReportDocument;
import org.kemu.support.OwnDatabase;
import org.kemu.synthetic.DatasetSize;
import org.kemu.synthetic.SyntheticLoader;
import org.springframework.data.neo4j.core.Neo4jClient;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bulk first load of size XS against the same dataset loaded through the transactional importer, each into a
 * database of its own: the two graphs are equal node for node and relationship for relationship (import times
 * and the data version counters aside), and later imports into the bulk-loaded one find its reports as if each had
 * been imported: the same document is UNCHANGED, a corrected one REPLACED with a revision. A second bulk load into
 * the same directory is refused and changes nothing. The seed is in the bulk files, written as the seed load writes
 * it; a document of the load that differs from a seed report of the same unit, year and kind replaces it as an import
 * would, once the new database runs.
 */
@OwnDatabase
class BulkLoadIT {

    /** Differ by when and in how many transactions the reports were written, not by what was written. */
    private static final Map<String, Set<String>> WRITE_HISTORY = Map.of(
            "Report", Set.of("importedAt"),
            "DataVersion", Set.of("version", "writes"),
            "SeedState", Set.of("loadedAt"));

    @TempDir
    Path dir;

    @Test
    void aBulkLoadWritesTheGraphImportsWriteAndLaterImportsFindItSo() {
        var bulk = dir.resolve("bulk").toString();
        var imported = dir.resolve("imported").toString();
        var loaded = run("bulk-load", "--synthetic", "XS", "--kemu.neo4j.embedded.data-dir=" + bulk);
        assertThat(loaded.exit()).as(loaded.err()).isZero();
        assertThat(loaded.out()).contains("bulk-load synthetic XS seed 1: 36 reports, 2096 lines");
        assertThat(loaded.err()).contains("bulk-load: checking the documents against the seed",
                "bulk-load: Neo4j's importer is writing the store", "bulk-load: starting the new database");
        assertThat(scratchLeftIn(Path.of(bulk))).isEmpty();

        Graph expected;
        try (var context = CommandContext.start(List.of("--kemu.neo4j.embedded.data-dir=" + imported))) {
            var synthetic = context.getBean(SyntheticLoader.class).load(DatasetSize.XS, 1);
            assertThat(synthetic.lines()).isEqualTo(2096);
            expected = Graph.of(context.getBean(Neo4jClient.class));
        }
        try (var context = CommandContext.start(List.of("--kemu.neo4j.embedded.data-dir=" + bulk))) {
            var neo4j = context.getBean(Neo4jClient.class);
            var actual = Graph.of(neo4j);
            assertThat(actual.nodes()).hasSameSizeAs(expected.nodes());
            assertThat(actual.nodes()).isEqualTo(expected.nodes());
            assertThat(actual.relationships()).isEqualTo(expected.relationships());

            // the first start found the seed in the files: its record is the load's, not a later seed load's
            assertThat(neo4j.query("""
                            MATCH (s:SeedState), (r:Report) WITH s, min(r.importedAt) AS loaded
                            RETURN s.loadedAt = datetime(loaded) AS same
                            """).fetchAs(Boolean.class).mappedBy((types, row) -> row.get("same").asBoolean()).one())
                    .contains(true);
            var goal = JsonMapper.builder().build().readTree(Path.of("seed/reports/003-dazhu-2023-final-account.json")
                    .toFile()).at("/projects/0/goal").asString();
            assertThat(goal).contains("\n");
            assertThat(neo4j.query("""
                            MATCH (:Report {year: 2023})-[:HAS_PROJECT]->(p:Project) WHERE p.goal STARTS WITH '1、贯彻落实'
                            RETURN p.goal AS goal
                            """).fetchAs(String.class).mappedBy((types, row) -> row.get("goal").asString()).all())
                    .as("a seed report's text with line breaks, from the bulk files").containsExactly(goal);

            var importer = context.getBean(ReportImporter.class);
            var document = context.getBean(SyntheticLoader.class).dataset(DatasetSize.XS, 1).iterator().next();
            assertThat(status(importer, document)).isEqualTo(ImportResult.Status.UNCHANGED);
            assertThat(status(importer, withFirstLineDoubled(document))).isEqualTo(ImportResult.Status.REPLACED);
            var reportId = context.getBean(ReportPreparation.class).prepare("test", List.of(document)).reports()
                    .getFirst().reportId();
            assertThat(neo4j.query("MATCH (v:ReportRevision {reportId: $id}) RETURN count(v) AS n").bind(reportId).to("id")
                    .fetchAs(Long.class).mappedBy((types, row) -> row.get("n").asLong()).one()).contains(1L);
        }

        var again = run("bulk-load", "--synthetic", "XS", "--kemu.neo4j.embedded.data-dir=" + bulk);
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).contains("holds one already");
    }

    @Test
    void documentsWithAnErrorAreRefusedAndNoDatabaseIsMade() {
        var target = dir.resolve("refused");
        var refused = run("bulk-load", "seed/examples/gaoyuan-221.json", "seed/examples/gaoyuan-bad.json",
                "--kemu.neo4j.embedded.data-dir=" + target);
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err())
                .contains("ERROR seed/examples/gaoyuan-bad.json $.lines[2].code = 2210209: unknown FUNCTION code")
                .contains("rejected: nothing was loaded");
        assertThat(OfflineImport.isEmpty(target)).isTrue();
        assertThat(scratchLeftIn(target)).isEmpty();
    }

    @Test
    void anotherVersionOfASeedReportReplacesItAfterTheFirstStartKeepingTheSeedsAsARevision() throws IOException {
        var changed = dir.resolve("dazhu-revised.json");
        Files.writeString(changed, Files.readString(Path.of("seed/reports/003-dazhu-2023-final-account.json"),
                        StandardCharsets.UTF_8)
                .replace("\"大竹县社会保险事业管理局2023年度部门决算\"", "\"大竹县社会保险事业管理局2023年度部门决算（修订）\""),
                StandardCharsets.UTF_8);
        var target = dir.resolve("revised-seed");

        var loaded = run("bulk-load", changed.toString(), "--kemu.neo4j.embedded.data-dir=" + target);

        assertThat(loaded.exit()).as(loaded.err()).isZero();
        assertThat(loaded.out()).contains("bulk-load 1 file(s): 1 reports (1 replacing the seed's, imported after it)");
        try (var context = CommandContext.start(List.of("--kemu.neo4j.embedded.data-dir=" + target))) {
            var report = context.getBean(Neo4jClient.class).query("""
                            MATCH (r:Report {year: 2023, kind: 'FINAL_ACCOUNT', regionCode: '511724'})
                            OPTIONAL MATCH (v:ReportRevision {reportId: r.id})
                            RETURN r.sourceTitle AS title, count(v) AS revisions
                            """).fetch().one().orElseThrow();
            assertThat(report).containsEntry("title", "大竹县社会保险事业管理局2023年度部门决算（修订）")
                    .containsEntry("revisions", 1L);
        }
    }

    private static List<Path> scratchLeftIn(Path dataDir) {
        try (var entries = Files.list(dataDir)) {
            return entries.filter(entry -> entry.getFileName().toString().startsWith("bulk-load-scratch")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ImportResult.Status status(ReportImporter importer, ReportDocument document) {
        return importer.importDocuments("test", List.of(document), false).reports().getFirst().status();
    }

    private static ReportDocument withFirstLineDoubled(ReportDocument doc) {
        var lines = new ArrayList<>(doc.lines());
        var first = lines.getFirst();
        lines.set(0, new ReportDocument.LinePart(first.scheme(), first.code(), first.name(), first.namePath(),
                first.fund(), first.total().add(first.total()), first.basic(), first.personnel(), first.publicUse(),
                first.project(), first.budgetInitial(), first.budgetAdjusted(), first.unit(), first.table(),
                first.note()));
        return new ReportDocument(doc.format(), doc.unit(), doc.year(), doc.kind(), doc.source(), doc.amountUnit(),
                doc.staff(), doc.divisions(), lines, doc.figures(), doc.threePublic(), doc.counts(), doc.glossary(),
                doc.projects(), doc.notes(), doc.replaceEmpty());
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        var exit = new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /**
     * A graph as counts of its nodes (labels and properties) and of its relationships (type, properties and the
     * two nodes so described): equal counts mean equal graphs up to which node got which internal id.
     */
    private record Graph(Map<String, Integer> nodes, Map<String, Integer> relationships) {

        static Graph of(Neo4jClient neo4j) {
            var described = new HashMap<String, String>();
            var nodes = new TreeMap<String, Integer>();
            neo4j.query("MATCH (n) RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS properties")
                    .fetch().all().forEach(row -> {
                        @SuppressWarnings("unchecked")
                        var labels = (List<String>) row.get("labels");
                        @SuppressWarnings("unchecked")
                        var properties = new TreeMap<>((Map<String, Object>) row.get("properties"));
                        labels.forEach(label -> properties.keySet().removeAll(WRITE_HISTORY.getOrDefault(label, Set.of())));
                        var description = labels + properties.toString();
                        described.put((String) row.get("id"), description);
                        nodes.merge(description, 1, Integer::sum);
                    });
            var relationships = new TreeMap<String, Integer>();
            neo4j.query("""
                            MATCH (a)-[r]->(b)
                            RETURN elementId(a) AS start, type(r) AS type, properties(r) AS properties, elementId(b) AS end
                            """)
                    .fetch().all().forEach(row -> relationships.merge(described.get((String) row.get("start")) + " -"
                            + row.get("type") + new TreeMap<>((Map<?, ?>) row.get("properties")) + "-> "
                            + described.get((String) row.get("end")), 1, Integer::sum));
            return new Graph(nodes, relationships);
        }
    }
}
