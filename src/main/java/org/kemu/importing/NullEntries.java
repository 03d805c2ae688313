package org.kemu.importing;

import java.util.ArrayList;
import java.util.List;

import org.kemu.format.ReportDocument;

/**
 * Finds {@code null} entries inside a document's arrays ({@code "lines": [ …, null ]}) before anything reads them,
 * each reported at its path: JSON allows them, the format does not.
 */
final class NullEntries {

    private NullEntries() {
    }

    static List<ImportProblem> of(ParsedDocument parsed) {
        var doc = parsed.document();
        var found = new ArrayList<String>();
        check("divisions", doc.divisions(), found);
        check("notes", doc.notes(), found);
        if (doc.staff() != null) {
            check("staff.details", doc.staff().details(), found);
        }
        check("lines", doc.lines(), found, (line, at) -> check(at + ".namePath", line.namePath(), found));
        check("figures", doc.figures(), found);
        check("threePublic", doc.threePublic(), found, (item, at) -> check(at + ".details", item.details(), found));
        check("counts", doc.counts(), found);
        check("glossary", doc.glossary(), found);
        check("projects", doc.projects(), found, (project, at) -> {
            check(at + ".funds", project.funds(), found);
            check(at + ".indicators", project.indicators(), found);
        });
        return found.stream().map(path -> new ImportProblem(ImportProblem.Severity.ERROR, parsed.file(),
                parsed.root() + "." + path, null, "null entry: an array of the format holds objects or texts, never null"))
                .toList();
    }

    private static <T> void check(String at, List<T> entries, List<String> found) {
        check(at, entries, found, (entry, path) -> {
        });
    }

    /** Records the null entries of a list and looks inside the others. */
    private static <T> void check(String at, List<T> entries, List<String> found, Inside<T> inside) {
        if (entries == null) {
            return;
        }
        for (int i = 0; i < entries.size(); i++) {
            var path = at + "[" + i + "]";
            if (entries.get(i) == null) {
                found.add(path);
            } else {
                inside.check(entries.get(i), path);
            }
        }
    }

    @FunctionalInterface
    private interface Inside<T> {
        void check(T entry, String path);
    }
}
