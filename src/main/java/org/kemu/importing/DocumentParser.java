package org.kemu.importing;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kemu.api.Excerpt;
import org.kemu.format.ReportDocument;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * Reads JSON texts in the report format strictly, naming each problem by the input and the JSON path where it is:
 * unknown properties and trailing tokens are errors, an integer field takes only a whole number, a number field only a
 * number (never a string such as {@code "7344.46"}), a text field only a string.
 */
final class DocumentParser {

    private static final JsonMapper STRICT_JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .withCoercionConfig(LogicalType.Integer, strict -> strict
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Float, strict -> strict
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Textual, strict -> strict
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .build();

    /** Advice to the programmer in a parser message, e.g. "(but could if coercion was enabled using `CoercionConfig`)". */
    private static final Pattern CONFIGURATION_HINT = Pattern.compile("\\s*\\((?:but could if|enable|set|through reference chain)[^)]*\\)");

    /** A Java type in a parser message, e.g. {@code `org.kemu.format.ReportDocument$UnitPart`}. */
    private static final Pattern JAVA_TYPE = Pattern.compile("`([\\w.$]+?)(?:<[^`]*>)?`");

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
                    "not a valid " + ReportDocument.FORMAT + " document" + where + ": " + Excerpt.message(inFormatWords(e.getOriginalMessage()))));
        }
    }

    /** The parser's message with the Java types it names said in the format's words. */
    static String inFormatWords(String message) {
        var withoutHints = message == null ? "" : CONFIGURATION_HINT.matcher(message).replaceAll("");
        var matcher = JAVA_TYPE.matcher(withoutHints);
        var words = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(words, Matcher.quoteReplacement(formatWord(matcher.group(1))));
        }
        matcher.appendTail(words);
        return words.toString();
    }

    private static String formatWord(String javaType) {
        var simple = javaType.substring(Math.max(javaType.lastIndexOf('.'), javaType.lastIndexOf('$')) + 1);
        return switch (simple) {
            case "Integer", "int", "Long", "long" -> "a whole number";
            case "BigDecimal", "Double", "double" -> "a number";
            case "String" -> "a text";
            case "Boolean", "boolean" -> "true or false";
            case "List", "ArrayList" -> "an array";
            case "ReportDocument" -> "a report object";
            default -> simple.endsWith("Part")
                    ? "a " + Character.toLowerCase(simple.charAt(0)) + simple.substring(1, simple.length() - 4) + " object"
                    : "a value";
        };
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
