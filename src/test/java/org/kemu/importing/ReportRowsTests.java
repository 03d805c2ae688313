package org.kemu.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kemu.format.ReportDocument;
import org.kemu.report.ReportIds;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The document ↔ rows mapping without a database: amounts, flags, ids, and the way back to the document. */
class ReportRowsTests {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    @Test
    void amountsBecomeWholeFenAndKeepTheUnitTheDocumentStated() {
        var doc = yanchi();
        var rows = ReportRows.of(doc, null);
        var line = rows.lines().stream().filter(l -> "2080109".equals(l.get("code")) && "FUNCTION".equals(l.get("scheme")))
                .findFirst().orElseThrow();
        assertThat(line).containsEntry("totalFen", 180_194_797L).containsEntry("statedUnit", "YUAN")
                .containsEntry("level", "ITEM").containsEntry("reportId", rows.reportId());
        assertThat(rows.reportId()).isEqualTo(ReportIds.unitId("640323", "盐池县社会保险事业管理中心") + ":2024:FINAL_ACCOUNT");
    }

    @Test
    void finestLinesHaveNothingFinerBelowThemAndPrimaryLinesHaveTheWidestFund() {
        var rows = ReportRows.of(yanchi(), null);
        var finest = rows.lines().stream()
                .filter(l -> "FUNCTION".equals(l.get("scheme")) && Boolean.TRUE.equals(l.get("finest")))
                .map(l -> l.get("fund") + " " + l.get("code")).toList();
        assertThat(finest).contains("ALL 2080109", "GENERAL_PUBLIC_BUDGET 2080109").doesNotContain("ALL 208", "ALL 20801");
        assertThat(rows.lines()).filteredOn(l -> "FUNCTION".equals(l.get("scheme")))
                .allSatisfy(l -> assertThat(l.get("primary")).isEqualTo("ALL".equals(l.get("fund"))));
    }

    @Test
    void aListTheDocumentLeavesEmptyIsNoPropertyAndReadsBackEmpty() {
        var doc = yanchi();
        var rows = ReportRows.of(doc, null);
        assertThat(doc.lines().getFirst().namePath()).isNull();
        assertThat(rows.lines().getFirst()).containsEntry("namePath", null);
        assertThat(rows.report()).containsEntry("divisions", null);
        var again = ReportRows.document(stored(rows));
        assertThat(again.lines().getFirst().namePath()).isNull();
        assertThat(again.divisions()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("seedDocuments")
    void storedRowsGiveBackADocumentWithTheSameRows(ReportDocument doc) {
        var rows = ReportRows.of(doc, null);
        var again = ReportRows.of(ReportRows.document(stored(rows)), null);
        assertThat(again.checksum()).isEqualTo(rows.checksum());
        assertThat(again.lines()).isEqualTo(rows.lines());
    }

    @Test
    void theDocumentComesBackInItsOwnUnits() {
        var rows = ReportRows.of(yanchi(), null);
        var back = ReportRows.document(stored(rows));
        assertThat(back.amountUnit()).isEqualTo("元");
        var line = back.lines().stream().filter(l -> "2080109".equals(l.code()) && "FUNCTION".equals(l.scheme()))
                .findFirst().orElseThrow();
        assertThat(line.total()).isEqualByComparingTo("1801947.97");
        assertThat(line.unit()).isNull();
    }

    @Test
    void theChecksumFollowsTheContent() {
        var doc = yanchi();
        var first = ReportRows.of(doc, null).checksum();
        assertThat(ReportRows.of(doc, null).checksum()).isEqualTo(first);
        var changed = new ReportDocument(doc.format(), doc.unit(), doc.year(), doc.kind(), doc.source(), doc.amountUnit(),
                doc.staff(), doc.divisions(), doc.lines(), doc.figures(), doc.threePublic(), doc.counts(), null,
                doc.projects(), List.of("another note"), doc.replaceEmpty());
        assertThat(ReportRows.of(changed, null).checksum()).isNotEqualTo(first);
    }

    /**
     * The rows as the graph holds them: report-wide copies in line rows stay, the report id wrapper of other parts
     * is not stored as a property.
     */
    private static ReportRows.Rows stored(ReportRows.Rows rows) {
        return new ReportRows.Rows(rows.reportId(), rows.unit(), rows.report(), rows.lines(), unwrap(rows.figures()),
                rows.threePublic(), unwrap(rows.counts()), unwrap(rows.definitions()), rows.projects());
    }

    private static List<Map<String, Object>> unwrap(List<Map<String, Object>> rows) {
        return rows.stream().map(row -> Map.<String, Object>of("props", row.get("props"))).toList();
    }

    @Test
    void theSeedsChecksumsAreTheOnesEarlierVersionsStored() {
        // a checksum that changed without a new graph model would make every re-import of a stored report a REPLACED
        var checksums = new TreeMap<String, String>();
        seedDocuments().map(doc -> ReportRows.of(doc, null)).forEach(rows -> checksums.put(rows.reportId(), rows.checksum()));
        assertThat(checksums).isEqualTo(Map.of(
                "431123-a3775e7b:2023:FINAL_ACCOUNT", "0983624c11308c5118a8ae9430136c7d8f2af3f3608388664454d147b9def77f",
                "431123-a3775e7b:2024:BUDGET", "15adbabd18c934ef2ec9e3d6585339082ba83926e3fb83ccb4fe94697e5a1b89",
                "431123-a3775e7b:2024:FINAL_ACCOUNT", "2687a295ff51b1600f73a8a564fadf1da2457d6fa62f89dd65c14b153d631918",
                "431123-a3775e7b:2024:PERFORMANCE", "264ae086ef9ebc5c7d04127c19603f6f40892ab3ce404ba6e375abc4d6c777f5",
                "5104-aea3c84f:2024:FINAL_ACCOUNT", "a9c1d67b3776ad80153bcdc083a32df492e1c80a46d71093958081b1feabf507",
                "5104-aea3c84f:2024:PERFORMANCE", "35467b26a3e81286b88b95e22e8e9a105cbc1e3326a9421b2616dabf2577fb44",
                "511112-3e3a6bec:2024:FINAL_ACCOUNT", "730343997008aa149a2dca83c327d6a184b350d7fba67cb281e0f1b3eb184d80",
                "511724-e62ffa9d:2023:FINAL_ACCOUNT", "e25a3bf8b22f7d87f8635cecb7dd907500e83b5e9ca9c9494ef50f7c314bd322",
                "640323-043f0355:2024:FINAL_ACCOUNT", "6b051d42e81b2cd1647174867c304694985a3b5a987a6b2d5bd2c7afef38d727"));
    }

    static Stream<ReportDocument> seedDocuments() {
        return seedResources().stream().flatMap(resource -> Arrays.stream(read(resource))).map(ReportRowsTests::withoutGlossary);
    }

    private static ReportDocument yanchi() {
        return seedDocuments().filter(d -> d.unit().name().startsWith("盐池")).findFirst().orElseThrow();
    }

    /** Glossary headings are resolved against the classification, which these tests do without. */
    private static ReportDocument withoutGlossary(ReportDocument d) {
        return new ReportDocument(d.format(), d.unit(), d.year(), d.kind(), d.source(), d.amountUnit(), d.staff(),
                d.divisions(), d.lines(), d.figures(), d.threePublic(), d.counts(), null, d.projects(), d.notes(), d.replaceEmpty());
    }

    private static List<Resource> seedResources() {
        try {
            return Arrays.stream(new PathMatchingResourcePatternResolver().getResources("classpath*:seed/reports/*.json"))
                    .sorted(Comparator.comparing(Resource::getFilename)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ReportDocument[] read(Resource resource) {
        try {
            var text = resource.getContentAsString(StandardCharsets.UTF_8).strip();
            return text.startsWith("[") ? JSON.readValue(text, ReportDocument[].class)
                    : new ReportDocument[] {JSON.readValue(text, ReportDocument.class)};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
