package org.kemu.csv;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the seed's CSV files (RFC 4180: quoted fields, doubled quotes) into rows keyed by header. */
public final class Csv {

    private Csv() {
    }

    /**
     * @param file named in the message of a malformed file
     * @throws IllegalArgumentException when the text has no header, a row has the wrong number of fields, or a quote
     *                                  is not closed
     */
    public static List<Map<String, String>> parse(String text, String file) {
        var records = records(text, file);
        if (records.isEmpty()) {
            throw new IllegalArgumentException(file + ": empty CSV, expected a header line");
        }
        var header = records.getFirst();
        var rows = new ArrayList<Map<String, String>>();
        for (int i = 1; i < records.size(); i++) {
            var fields = records.get(i);
            if (fields.size() == 1 && fields.getFirst().isEmpty()) {
                continue;
            }
            if (fields.size() != header.size()) {
                throw new IllegalArgumentException(file + " line " + (i + 1) + ": " + fields.size()
                        + " fields, the header has " + header.size());
            }
            var row = new LinkedHashMap<String, String>();
            for (int j = 0; j < header.size(); j++) {
                row.put(header.get(j), fields.get(j));
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<List<String>> records(String text, String file) {
        var records = new ArrayList<List<String>>();
        var fields = new ArrayList<String>();
        var field = new StringBuilder();
        var quoted = false;
        var start = text.startsWith("\uFEFF") ? 1 : 0;
        for (int i = start; i < text.length(); i++) {
            var c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                records.add(fields);
                fields = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException(file + ": a quoted field is not closed");
        }
        if (field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            records.add(fields);
        }
        return records;
    }
}
