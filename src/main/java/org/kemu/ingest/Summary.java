package org.kemu.ingest;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outcome of an ingest: a table for people, and the same rows as JSON or CSV for programs. After a dry run the
 * statuses are what the import would have done.
 */
public record Summary(List<DocumentOutcome> documents, double seconds, boolean dryRun) {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final List<String> COLUMNS = List.of("file", "status", "unitName", "regionCode", "year", "kind",
            "lines", "reconciled", "reportId", "seconds", "reason");

    /** How many documents ended in each status, every status listed. */
    public Map<DocumentOutcome.Status, Integer> counts() {
        var counts = new EnumMap<DocumentOutcome.Status, Integer>(DocumentOutcome.Status.class);
        Arrays.stream(DocumentOutcome.Status.values()).forEach(s -> counts.put(s, 0));
        documents.forEach(d -> counts.merge(d.status(), 1, Integer::sum));
        return counts;
    }

    public long lines() {
        return documents.stream().mapToLong(DocumentOutcome::lines).sum();
    }

    /** One row per document, then the totals; reasons on a line of their own below their row. */
    public void print(PrintStream out) {
        var rows = new ArrayList<String[]>();
        rows.add(new String[] {"STATUS", "FILE", "UNIT", "YEAR", "REGION", "LINES", "RECONCILED", "REPORT"});
        for (var d : documents) {
            rows.add(new String[] {d.status().name(), d.file(), text(d.unitName()), text(d.year()), text(d.regionCode()),
                    String.valueOf(d.lines()), d.reconciled() == null ? "-" : d.reconciled() ? "yes" : "no",
                    text(d.reportId())});
        }
        var widths = new int[rows.getFirst().length];
        rows.forEach(row -> {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], displayWidth(row[i]));
            }
        });
        for (int r = 0; r < rows.size(); r++) {
            var row = rows.get(r);
            var line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(row[i]).append(" ".repeat(widths[i] - displayWidth(row[i]) + 2));
            }
            out.println(line.toString().stripTrailing());
            if (r > 0 && documents.get(r - 1).reason() != null) {
                out.println("    " + documents.get(r - 1).reason());
            }
        }
        out.println(totals());
    }

    /** "22 documents: 20 CREATED, … in 41.3 s", and after a dry run that nothing was written. */
    public String totals() {
        var parts = new ArrayList<String>();
        counts().forEach((status, n) -> {
            if (n > 0) {
                parts.add(n + " " + status);
            }
        });
        return String.format(Locale.ROOT, "%d documents: %s; %,d lines in %.1f s%s", documents.size(),
                String.join(", ", parts), lines(), seconds, dryRun ? " (dry run: nothing was written)" : "");
    }

    /** JSON when the name ends in .json, CSV when it ends in .csv. */
    public void write(Path file) throws IOException {
        var name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        var text = name.endsWith(".csv") ? csv() : json();
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** Whether {@code file} names a format {@link #write} knows. */
    public static boolean writable(String file) {
        var name = file.toLowerCase(Locale.ROOT);
        return name.endsWith(".json") || name.endsWith(".csv");
    }

    String json() {
        var root = new LinkedHashMap<String, Object>();
        var totals = new LinkedHashMap<String, Object>();
        totals.put("documents", documents.size());
        counts().forEach((status, n) -> totals.put(status.name(), n));
        totals.put("lines", lines());
        totals.put("seconds", round(seconds));
        totals.put("dryRun", dryRun);
        root.put("totals", totals);
        root.put("documents", documents.stream().map(Summary::row).toList());
        return JSON.writeValueAsString(root) + "\n";
    }

    String csv() {
        var text = new StringBuilder(String.join(",", COLUMNS)).append('\n');
        for (var d : documents) {
            text.append(String.join(",", row(d).values().stream().map(Summary::csvField).toList())).append('\n');
        }
        return text.toString();
    }

    private static Map<String, Object> row(DocumentOutcome d) {
        var row = new LinkedHashMap<String, Object>();
        row.put("file", d.file());
        row.put("status", d.status().name());
        row.put("unitName", d.unitName());
        row.put("regionCode", d.regionCode());
        row.put("year", d.year());
        row.put("kind", d.kind());
        row.put("lines", d.lines());
        row.put("reconciled", d.reconciled());
        row.put("reportId", d.reportId());
        row.put("seconds", round(d.seconds()));
        row.put("reason", d.reason());
        return row;
    }

    private static String csvField(Object value) {
        if (value == null) {
            return "";
        }
        var text = value.toString();
        return text.contains(",") || text.contains("\"") || text.contains("\n")
                ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    private static double round(double seconds) {
        return Math.round(seconds * 100) / 100.0;
    }

    private static String text(Object value) {
        return value == null ? "-" : value.toString();
    }

    /** Columns on a terminal: CJK characters take two. */
    private static int displayWidth(String text) {
        return text.codePoints().map(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || c >= 0xFF00 && c <= 0xFFEF || c >= 0x3000 && c <= 0x303F ? 2 : 1).sum();
    }
}
