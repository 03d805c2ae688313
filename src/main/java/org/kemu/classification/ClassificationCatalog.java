package org.kemu.classification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.kemu.classification.ClassificationService.SubjectRow;
import org.kemu.csv.Csv;

/**
 * The classification as the seed states it: every subject of each scheme with its code, name, former names (with
 * the years they applied) and source, read from {@code seed/classification/*.csv} on the classpath. The server
 * loads these rows into the graph; the extractor and a bulk first load check printed codes and names against them
 * without a database.
 */
public final class ClassificationCatalog {

    private static final Map<Scheme, String> FILES = new EnumMap<>(Map.of(
            Scheme.FUNCTION, "seed/classification/function.csv",
            Scheme.ECONOMIC_DEPT, "seed/classification/economic_dept.csv",
            Scheme.ECONOMIC_GOV, "seed/classification/economic_gov.csv"));

    /** Read on first use rather than in a static initializer, so that a malformed file fails with its own message. */
    private static volatile ClassificationCatalog seeded;

    private final Map<Scheme, List<SubjectRow>> subjects;

    private ClassificationCatalog(Map<Scheme, List<SubjectRow>> subjects) {
        this.subjects = subjects;
    }

    /**
     * The seeded classification, read once. Two threads asking at the same time may both read the files; they get
     * the same subjects.
     */
    public static ClassificationCatalog seeded() {
        var catalog = seeded;
        if (catalog == null) {
            var read = new EnumMap<Scheme, List<SubjectRow>>(Scheme.class);
            FILES.forEach((scheme, file) -> read.put(scheme, parse(text(file), file)));
            catalog = new ClassificationCatalog(read);
            seeded = catalog;
        }
        return catalog;
    }

    /** Where a scheme's seed file is on the classpath. */
    public static String file(Scheme scheme) {
        return FILES.get(scheme);
    }

    /** The subjects of a scheme in the order its file lists them. */
    public List<SubjectRow> subjects(Scheme scheme) {
        return subjects.get(scheme);
    }

    /** The subjects of a scheme as the graph holds them once the seed is loaded, in code order. */
    public List<Subject> asSubjects(Scheme scheme) {
        return asSubjects(scheme, subjects(scheme));
    }

    /** A resolver of printed names to the seed's subjects of a scheme, as one over the graph's would resolve them. */
    public SubjectNameResolver nameResolver(Scheme scheme) {
        return new SubjectNameResolver(asSubjects(scheme));
    }

    /** Rows of a scheme as subjects, each with its path of names from the class down, in code order. */
    static List<Subject> asSubjects(Scheme scheme, List<SubjectRow> rows) {
        var names = rows.stream().collect(Collectors.toMap(SubjectRow::code, SubjectRow::name, (a, b) -> b));
        return rows.stream().sorted(Comparator.comparing(SubjectRow::code))
                .map(row -> new Subject(scheme, row.code(), row.name(), row.formerNames(),
                        path(row.code(), row.name(), names), row.source()))
                .toList();
    }

    private static String path(String code, String name, Map<String, String> names) {
        var path = new ArrayList<String>();
        for (var prefix : ClassificationService.prefixes(code)) {
            path.add(String.valueOf(names.get(prefix)));
        }
        path.add(name);
        return String.join(" / ", path);
    }

    /** Rows of {@code code,name,former_names,source}. */
    static List<SubjectRow> parse(String csv, String file) {
        return Csv.parse(csv, file).stream()
                .map(row -> new SubjectRow(row.get("code"), row.get("name"),
                        formerNames(row.get("former_names"), file, row.get("code")), row.get("source")))
                .toList();
    }

    /** {@code 行政事业单位离退休@2007-2019;…} → former names with their years. */
    static List<FormerName> formerNames(String field, String file, String code) {
        if (field == null || field.isBlank()) {
            return List.of();
        }
        var names = new ArrayList<FormerName>();
        for (var entry : field.split(";")) {
            var at = entry.lastIndexOf('@');
            if (at < 0) {
                names.add(new FormerName(entry.strip(), null, null));
                continue;
            }
            var years = entry.substring(at + 1).split("-", -1);
            if (years.length != 2) {
                throw new IllegalArgumentException(file + " code " + code + ": former name \"" + entry
                        + "\" must read name@FROM-TO");
            }
            names.add(new FormerName(entry.substring(0, at).strip(), year(years[0]), year(years[1])));
        }
        return List.copyOf(names);
    }

    private static Integer year(String text) {
        return text.isBlank() ? null : Integer.valueOf(text.strip());
    }

    private static String text(String file) {
        try (var in = ClassificationCatalog.class.getClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("classification file " + file + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read seed file " + file, e);
        }
    }
}
