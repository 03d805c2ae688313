package org.kemu.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.kemu.format.ReportDocument;
import org.kemu.report.ReportIds;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A revision's document as the contents it is stored in: one per top-level field of the format, keyed by the
 * SHA-256 of its JSON. A correction usually changes a few figures; its earlier versions then share their notes,
 * projects and glossary instead of each storing them again, and going back to an earlier version stores nothing new.
 */
final class RevisionContents {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(
                    com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL))
            .build();

    private RevisionContents() {
    }

    /** One field of a document: its name and place in the document, and its value as compact JSON. */
    record Part(String field, int position, String sha256, String json) {

        Map<String, Object> row() {
            return Map.of("field", field, "position", position, "sha256", sha256, "json", json);
        }
    }

    static List<Part> split(ReportDocument document) {
        Map<?, ?> fields = JSON.convertValue(document, LinkedHashMap.class);
        var parts = new ArrayList<Part>(fields.size());
        for (var field : fields.entrySet()) {
            var json = JSON.writeValueAsString(field.getValue());
            parts.add(new Part((String) field.getKey(), parts.size(), ReportIds.sha256(json), json));
        }
        return parts;
    }

    /** The document's JSON text from its fields' names and contents, in document order. */
    static String join(List<Map.Entry<String, String>> fields) {
        return fields.stream().map(field -> JSON.writeValueAsString(field.getKey()) + ":" + field.getValue())
                .collect(Collectors.joining(",", "{", "}"));
    }
}
