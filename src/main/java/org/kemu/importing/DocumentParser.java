package org.kemu.importing;

import java.util.List;

import org.kemu.api.Excerpt;
import org.kemu.format.ReportDocument;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads JSON texts in the report format strictly (unknown properties, trailing tokens and floats are errors),
 * naming each problem by the input and the JSON path where it is.
 */
final class DocumentParser {

    private static final JsonMapper STRICT_JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private DocumentParser() {
    }

    /** Adds the documents of one input (a report object or an array of them) to {@code parsed}, or its problem. */
    static void parse(ReportImporter.Input input, List<ParsedDocument> parsed, List<ImportProblem> problems) {
        var text = input.json() == null ? "" : input.json().strip();
        if (text.isEmpty()) {
            problems.add(new ImportProblem(ImportProblem.Severity.ERROR, input.name(), "$", null,
                    "empty document: expected a report object or an array of reports"));
            return;
        }
        try {
            if (text.startsWith("[")) {
                var documents = STRICT_JSON.readValue(text, ReportDocument[].class);
                for (int i = 0; i < documents.length; i++) {
                    parsed.add(new ParsedDocument(input.name(), "$[" + i + "]", documents[i]));
                }
            } else {
                parsed.add(new ParsedDocument(input.name(), "$", STRICT_JSON.readValue(text, ReportDocument.class)));
            }
        } catch (JacksonException e) {
            var location = e.getLocation();
            var where = location == null ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
            problems.add(new ImportProblem(ImportProblem.Severity.ERROR, input.name(), jsonPath(e), null,
                    "not a valid " + ReportDocument.FORMAT + " document" + where + ": " + Excerpt.message(e.getOriginalMessage())));
        }
    }

    private static String jsonPath(JacksonException e) {
        var path = new StringBuilder("$");
        for (var reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append('.').append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
