package org.kemu.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;

import org.kemu.classification.Scheme;
import org.kemu.classification.SubjectKey;
import org.kemu.report.ReportIds;

/**
 * Validates a whole batch against the format, the classification and the region table, looking up every subject
 * and region the batch names in one query each, and refuses the same report twice in one batch.
 */
final class BatchValidator {

    private static final String REGION_CODE = "\\d{2}|\\d{4}|\\d{6}";

    private final ReferenceData reference;

    BatchValidator(ReferenceData reference) {
        this.reference = reference;
    }

    List<ImportProblem> validate(List<ParsedDocument> batch) {
        var keys = new LinkedHashSet<SubjectKey>();
        var regionCodes = new LinkedHashSet<String>();
        for (var parsed : batch) {
            var doc = parsed.document();
            for (var line : list(doc.lines())) {
                var scheme = Arrays.stream(Scheme.values()).filter(s -> s.name().equals(line.scheme())).findFirst();
                if (scheme.isPresent() && scheme.get().isWellFormed(line.code())) {
                    keys.add(new SubjectKey(scheme.get(), line.code()));
                }
            }
            if (doc.unit() != null && doc.unit().regionCode() != null && doc.unit().regionCode().matches(REGION_CODE)) {
                regionCodes.add(doc.unit().regionCode());
            }
        }
        var subjects = reference.subjects(keys);
        var knownRegions = reference.knownRegions(regionCodes);
        var problems = new ArrayList<ImportProblem>();
        var reportIds = new HashMap<String, String>();
        for (var parsed : batch) {
            problems.addAll(new ReportValidator(parsed.file(), parsed.root(), subjects, knownRegions)
                    .validate(parsed.document()));
            var d = parsed.document();
            if (d.unit() != null && d.unit().name() != null && d.unit().regionCode() != null) {
                var id = ReportIds.reportId(ReportIds.unitId(d.unit().regionCode(), d.unit().name()), d.year(), d.kind());
                var earlier = reportIds.putIfAbsent(id, location(parsed));
                if (earlier != null) {
                    problems.add(repeated(parsed, id, earlier));
                }
            }
        }
        return problems;
    }

    /** Where a document is, as a repeated report names its first place. */
    static String location(ParsedDocument parsed) {
        return parsed.file() + " " + parsed.root();
    }

    /** The error of a report that appears again, at {@code earlier}: a batch or a load holds each report once. */
    static ImportProblem repeated(ParsedDocument parsed, String reportId, String earlier) {
        return new ImportProblem(ImportProblem.Severity.ERROR, parsed.file(), parsed.root(), reportId,
                "the same report (unit, year, kind) also appears at " + earlier);
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }
}
