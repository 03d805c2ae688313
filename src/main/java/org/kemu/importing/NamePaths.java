package org.kemu.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.kemu.classification.Scheme;
import org.kemu.classification.SubjectNameResolver;
import org.kemu.format.ReportDocument;
import org.kemu.format.ReportDocument.LinePart;

/**
 * Gives lines stated by a name path instead of a code the code the path names. A path that names no subject, or
 * several, is an error listing what it could mean.
 */
final class NamePaths {

    private NamePaths() {
    }

    static boolean needed(ReportDocument document) {
        return document.lines() != null && document.lines().stream().anyMatch(l -> l.code() == null);
    }

    static ParsedDocument resolve(ParsedDocument parsed, SubjectNameResolver names, List<ImportProblem> problems) {
        if (!needed(parsed.document())) {
            return parsed;
        }
        var lines = parsed.document().lines();
        var resolved = new ArrayList<LinePart>();
        for (int i = 0; i < lines.size(); i++) {
            resolved.add(resolve(lines.get(i), parsed.file(), parsed.root() + ".lines[" + i + "]", names, problems));
        }
        var d = parsed.document();
        return parsed.withDocument(new ReportDocument(d.format(), d.unit(), d.year(), d.kind(), d.source(),
                d.amountUnit(), d.staff(), d.divisions(), resolved, d.figures(), d.threePublic(), d.counts(),
                d.glossary(), d.projects(), d.notes(), d.replaceEmpty()));
    }

    private static LinePart resolve(LinePart line, String file, String at, SubjectNameResolver names,
                                    List<ImportProblem> problems) {
        if (line.code() != null) {
            return line;
        }
        if (line.namePath() == null || line.namePath().isEmpty()) {
            problems.add(error(file, at + ".code", null, "missing: give a code or a namePath"));
            return line;
        }
        if (!Scheme.FUNCTION.name().equals(line.scheme())) {
            problems.add(error(file, at + ".code", null,
                    "missing: name paths are resolved in the FUNCTION scheme only; give the code"));
            return line;
        }
        var candidates = names.candidates(line.namePath());
        if (candidates.size() == 1) {
            return new LinePart(line.scheme(), candidates.getFirst().code(), line.name(), line.namePath(), line.fund(),
                    line.total(), line.basic(), line.personnel(), line.publicUse(), line.project(),
                    line.budgetInitial(), line.budgetAdjusted(), line.unit(), line.table(), line.note());
        }
        var message = candidates.isEmpty()
                ? "the name path matches no subject of the classification"
                : "the name path is ambiguous: it matches " + candidates.stream()
                        .map(c -> c.code() + " " + c.path()).collect(Collectors.joining("; "));
        problems.add(error(file, at + ".namePath", String.join(" / ", line.namePath()), message));
        return line;
    }

    private static ImportProblem error(String file, String path, String value, String message) {
        return new ImportProblem(ImportProblem.Severity.ERROR, file, path, value, message);
    }
}
