package org.kemu.importing;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.kemu.report.ReportIds;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The digest of a report's rows as JSON with every map's keys in order, so that equal content has an equal checksum
 * whatever order its maps were filled in. The maps and lists are walked here, their keys sorted as an array: Jackson's
 * own ordering copies each map into a tree first, which cost a third of the checksum on a bulk load. What it writes
 * is byte for byte what Jackson writes with {@link SerializationFeature#ORDER_MAP_ENTRIES_BY_KEYS}, which it still
 * uses for any other value, and the checksums stored by earlier versions stay valid ({@code ReportRowsTests}).
 */
final class CanonicalJson {

    private static final JsonMapper JACKSON_ORDERED = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private CanonicalJson() {
    }

    /** The hex SHA-256 of the value's canonical JSON in UTF-8. */
    static String sha256(Object value) {
        return ReportIds.sha256(out -> {
            try (var json = JACKSON_ORDERED.createGenerator(out)) {
                write(json, value);
            }
        });
    }

    private static void write(JsonGenerator json, Object value) {
        switch (value) {
            case null -> json.writeNull();
            case String text -> json.writeString(text);
            case Long number -> json.writeNumber(number);
            case Integer number -> json.writeNumber(number);
            case Boolean flag -> json.writeBoolean(flag);
            case Map<?, ?> map when map.keySet().stream().allMatch(String.class::isInstance) -> writeObject(json, map);
            case List<?> list -> {
                json.writeStartArray();
                for (var element : list) {
                    write(json, element);
                }
                json.writeEndArray();
            }
            default -> JACKSON_ORDERED.writeValue(json, value);
        }
    }

    private static void writeObject(JsonGenerator json, Map<?, ?> map) {
        var names = map.keySet().toArray(String[]::new);
        Arrays.sort(names);
        json.writeStartObject();
        for (var name : names) {
            json.writeName(name);
            write(json, map.get(name));
        }
        json.writeEndObject();
    }
}
