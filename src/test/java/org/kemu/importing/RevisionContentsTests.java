package org.kemu.importing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kemu.format.ReportDocument;
import org.kemu.report.ReportIds;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** A revision's document split into contents and put together again, without a database. */
class RevisionContentsTests {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    @Test
    void theContentsPutTogetherGiveTheDocumentBackWithItsExactAmounts() {
        var document = testDocument("100.25");
        var parts = RevisionContents.split(document);
        assertThat(parts).extracting(RevisionContents.Part::field)
                .startsWith("format", "unit", "year", "kind", "source", "amountUnit", "staff", "lines").contains("notes");
        var joined = RevisionContents.join(parts.stream().map(p -> Map.entry(p.field(), p.json())).toList());
        assertThat(JSON.readTree(joined)).isEqualTo(JSON.readTree(ReportExporter.toJson(document)));
        assertThat(joined).contains("\"total\":100.25,").contains("\"total\":120.50,");
    }

    @Test
    void aCorrectionOfOneLineChangesOnlyTheContentOfTheLines() {
        var before = RevisionContents.split(testDocument("100.25"));
        var after = RevisionContents.split(testDocument("100.35"));
        assertThat(after).hasSameSizeAs(before);
        for (int i = 0; i < before.size(); i++) {
            var changed = !before.get(i).sha256().equals(after.get(i).sha256());
            assertThat(changed).as(before.get(i).field()).isEqualTo("lines".equals(before.get(i).field()));
        }
        assertThat(before.getFirst().json()).isEqualTo("\"kemu-report/1\"");
        assertThat(before.getFirst().sha256()).isEqualTo(ReportIds.sha256("\"kemu-report/1\""));
    }

    private static ReportDocument testDocument(String total) {
        try {
            var json = new ClassPathResource("importing/test-report.json").getContentAsString(StandardCharsets.UTF_8)
                    .replace("\"total\": 100.25, \"basic\"", "\"total\": " + total + ", \"basic\"");
            return JSON.readValue(json, ReportDocument.class);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
