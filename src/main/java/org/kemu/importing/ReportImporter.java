package org.kemu.importing;

import org.kemu.format.ReportDocument;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.kemu.classification.ClassificationService;
import org.kemu.classification.Scheme;
import org.kemu.classification.Subject;
import org.kemu.classification.SubjectKey;
import org.kemu.classification.SubjectNameResolver;
import org.kemu.glossary.TermKeys;
import org.kemu.money.AmountUnit;
import org.kemu.money.Money;
import org.kemu.region.RegionService;
import org.kemu.report.Fund;
import org.kemu.report.ReportIds;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one way into the graph for reports: parses documents in the kemu report format, validates all of them, and
 * writes them in a single transaction, so that a batch is stored entirely or not at all. Importing an identical
 * document again changes nothing.
 */
@Service
public class ReportImporter {

    private static final JsonMapper STRICT_JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** Sorted keys make the checksum independent of map iteration order. */
    private static final JsonMapper CANONICAL_JSON = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    /**
     * Part of every report checksum: raise it when the way reports are written to the graph changes, so that a
     * re-import rewrites reports stored the old way instead of skipping them as unchanged.
     */
    static final String GRAPH_MODEL_VERSION = "kemu-graph-3";

    private final ClassificationService classification;
    private final RegionService regions;
    private final ReportWriter writer;
    private final TransactionTemplate transactions;
    private final ReportExporter exporter;
    private final Clock clock;

    ReportImporter(ClassificationService classification, RegionService regions, ReportWriter writer,
                   TransactionTemplate transactions, ReportExporter exporter) {
        this.classification = classification;
        this.regions = regions;
        this.writer = writer;
        this.transactions = transactions;
        this.exporter = exporter;
        this.clock = Clock.systemUTC();
    }

    /** A named JSON text: a file, or one document of a mutation. */
    public record Input(String name, String json) {
    }

    /**
     * Imports every report of every input, or none. Throws {@link ImportException} listing every error when any
     * document is invalid.
     */
    public ImportResult importAll(List<Input> inputs, boolean dryRun) {
        var parsed = new ArrayList<Parsed>();
        var problems = new ArrayList<ImportProblem>();
        for (var input : inputs) {
            parse(input, parsed, problems);
        }
        if (!problems.isEmpty()) {
            throw new ImportException(problems);
        }
        return write(prepareParsed(parsed), dryRun);
    }

    /** Imports documents built in memory (no JSON parsing), e.g. a generated dataset, all or nothing. */
    public ImportResult importDocuments(String source, List<ReportDocument> documents, boolean dryRun) {
        return write(prepare(source, documents), dryRun);
    }

    /**
     * Checks documents built in memory and turns them into the rows to write, without writing anything: a loader
     * can prepare its next batch while the previous one is written. Throws {@link ImportException} listing every
     * error when any document is invalid.
     */
    public PreparedBatch prepare(String source, List<ReportDocument> documents) {
        var parsed = new ArrayList<Parsed>(documents.size());
        for (int i = 0; i < documents.size(); i++) {
            parsed.add(new Parsed(source, "$[" + i + "]", documents.get(i)));
        }
        return prepareParsed(parsed);
    }

    /** Writes a prepared batch in one transaction, all or nothing (rolled back when {@code dryRun}). */
    public ImportResult write(PreparedBatch batch, boolean dryRun) {
        var problems = new ArrayList<>(batch.warnings);
        var outcomes = transactions.execute(status -> {
            var result = write(batch.reports, dryRun, problems);
            if (dryRun) {
                status.setRollbackOnly();
            }
            return result;
        });
        return new ImportResult(dryRun, outcomes, List.copyOf(problems));
    }

    /** Documents that passed validation, as rows ready to write, with the warnings found on the way. */
    public static final class PreparedBatch {
        private final List<Prepared> reports;
        private final List<ImportProblem> warnings;

        private PreparedBatch(List<Prepared> reports, List<ImportProblem> warnings) {
            this.reports = reports;
            this.warnings = warnings;
        }
    }

    private PreparedBatch prepareParsed(List<Parsed> parsed) {
        var problems = new ArrayList<ImportProblem>();
        var needsNames = parsed.stream().anyMatch(p -> !list(p.document().glossary()).isEmpty()
                || list(p.document().lines()).stream().anyMatch(l -> l.code() == null));
        var names = needsNames ? classification.nameResolver(Scheme.FUNCTION) : null;
        var resolved = parsed.stream().map(p -> resolveNamePaths(p, names, problems)).toList();
        problems.addAll(validate(resolved));
        if (problems.stream().anyMatch(p -> p.severity() == ImportProblem.Severity.ERROR)) {
            throw new ImportException(problems);
        }
        return new PreparedBatch(resolved.stream().map(p -> prepare(p, names)).toList(), List.copyOf(problems));
    }

    /**
     * Writes the changed reports of a batch: one statement per part of the format for the whole batch. A report
     * whose checksum is stored already is left alone; a report that replaces an earlier version keeps that
     * version as a revision. The consistency warnings of the reports written (checked on their rows while they
     * were prepared) join the result.
     */
    private List<ImportResult.ReportOutcome> write(List<Prepared> prepared, boolean dryRun, List<ImportProblem> warnings) {
        var stored = writer.storedChecksums(prepared.stream().map(Prepared::reportId).toList());
        var changed = prepared.stream().filter(p -> !p.checksum().equals(stored.get(p.reportId()))).toList();
        var replaced = changed.stream().map(Prepared::reportId).filter(stored::containsKey).toList();
        if (!replaced.isEmpty()) {
            var previous = exporter.export(replaced);
            var revisions = new ArrayList<Map<String, Object>>();
            for (var id : replaced) {
                var revision = new HashMap<String, Object>();
                revision.put("reportId", id);
                revision.put("replacedAt", clock.instant().toString());
                revision.put("checksum", stored.get(id));
                revision.put("document", ReportExporter.toJson(previous.get(id)));
                revisions.add(revision);
            }
            var importedAt = writer.importedAt(replaced);
            revisions.forEach(r -> r.put("importedAt", importedAt.get((String) r.get("reportId"))));
            writer.createRevisions(revisions);
        }
        writer.upsertUnits(changed.stream().map(Prepared::unit).distinct().toList());
        writer.deleteReports(replaced);
        var importedAt = clock.instant().toString();
        writer.createReports(changed.stream().map(p -> {
            var report = new HashMap<>(p.report());
            report.put("checksum", p.checksum());
            report.put("importedAt", importedAt);
            return (Map<String, Object>) report;
        }).toList());
        writer.createLines(flatten(changed, Prepared::lines));
        writer.createClassTotals(changed.stream().flatMap(p -> ClassTotals.of(p.lines()).stream()).toList());
        writer.createFigures(flatten(changed, Prepared::figures));
        writer.createThreePublic(flatten(changed, Prepared::threePublic));
        writer.createCounts(flatten(changed, Prepared::counts));
        writer.createDefinitions(flatten(changed, Prepared::definitions));
        writer.createProjects(flatten(changed, Prepared::projects));
        changed.forEach(p -> warnings.addAll(p.inconsistencies()));
        var outcomes = new ArrayList<ImportResult.ReportOutcome>();
        for (var p : prepared) {
            var status = !changed.contains(p) ? ImportResult.Status.UNCHANGED
                    : stored.containsKey(p.reportId()) ? ImportResult.Status.REPLACED : ImportResult.Status.CREATED;
            var doc = p.document();
            outcomes.add(new ImportResult.ReportOutcome(p.reportId(), (String) p.unit().get("id"), doc.unit().name(),
                    doc.year(), doc.kind(), status, p.lines().size()));
        }
        return outcomes;
    }

    private static List<Map<String, Object>> flatten(List<Prepared> prepared,
                                                     Function<Prepared, List<Map<String, Object>>> part) {
        return prepared.stream().flatMap(p -> part.apply(p).stream()).toList();
    }

    /** A report ready to write: its rows, and a checksum over them (so equal content means equal checksum). */
    private record Prepared(String file, ReportDocument document, String reportId, Map<String, Object> unit,
                            Map<String, Object> report, List<Map<String, Object>> lines,
                            List<Map<String, Object>> figures, List<Map<String, Object>> threePublic,
                            List<Map<String, Object>> counts, List<Map<String, Object>> definitions,
                            List<Map<String, Object>> projects, String checksum, List<ImportProblem> inconsistencies) {
    }

    private Prepared prepare(Parsed parsed, SubjectNameResolver names) {
        var doc = parsed.document();
        var unitId = ReportIds.unitId(doc.unit().regionCode(), doc.unit().name());
        var reportId = ReportIds.reportId(unitId, doc.year(), doc.kind());
        var unit = new HashMap<String, Object>();
        unit.put("id", unitId);
        unit.put("name", doc.unit().name());
        unit.put("regionCode", doc.unit().regionCode());
        unit.put("type", doc.unit().type());
        unit.put("supervisor", doc.unit().supervisor());
        unit.put("supervisorId", doc.unit().supervisor() == null ? null : ReportIds.unitId(doc.unit().regionCode(), doc.unit().supervisor()));
        var report = reportRow(doc, reportId, unitId);
        var lines = lineRows(doc, reportId, unitId);
        var figures = withReport(reportId, figureRows(doc));
        var threePublic = threePublicRows(doc).stream().map(row -> {
            var copy = new HashMap<>(row);
            copy.put("reportId", reportId);
            return (Map<String, Object>) copy;
        }).toList();
        var counts = withReport(reportId, countRows(doc));
        var definitions = definitionRows(doc, reportId, unitId, names);
        var projects = projectRows(doc).stream().map(row -> {
            var copy = new HashMap<>(row);
            copy.put("reportId", reportId);
            return (Map<String, Object>) copy;
        }).toList();
        var canonical = new LinkedHashMap<String, Object>();
        canonical.put("model", GRAPH_MODEL_VERSION);
        canonical.put("unit", unit);
        canonical.put("report", report);
        canonical.put("lines", lines);
        canonical.put("figures", figures);
        canonical.put("threePublic", threePublic);
        canonical.put("counts", counts);
        canonical.put("definitions", definitions);
        canonical.put("projects", projects);
        return new Prepared(parsed.file(), doc, reportId, unit, report, lines, figures, threePublic, counts,
                definitions, projects, ReportIds.sha256(CANONICAL_JSON.writeValueAsString(canonical)),
                ImportConsistency.check(parsed.file(), report, lines, figures, threePublic));
    }

    private static List<Map<String, Object>> withReport(String reportId, List<Map<String, Object>> rows) {
        return rows.stream().map(row -> Map.<String, Object>of("reportId", reportId, "props", row)).toList();
    }

    /**
     * Lines given by a name path instead of a code get the code the path names; a path that names no subject, or
     * several, is an error listing what it could mean.
     */
    private Parsed resolveNamePaths(Parsed parsed, SubjectNameResolver names, List<ImportProblem> problems) {
        var lines = list(parsed.document().lines());
        if (lines.stream().allMatch(l -> l.code() != null)) {
            return parsed;
        }
        var resolved = new ArrayList<ReportDocument.LinePart>();
        for (int i = 0; i < lines.size(); i++) {
            var line = lines.get(i);
            if (line.code() != null) {
                resolved.add(line);
                continue;
            }
            var at = parsed.root() + ".lines[" + i + "]";
            if (line.namePath() == null || line.namePath().isEmpty()) {
                problems.add(new ImportProblem(ImportProblem.Severity.ERROR, parsed.file(), at + ".code", null,
                        "missing: give a code or a namePath"));
                resolved.add(line);
                continue;
            }
            if (!"FUNCTION".equals(line.scheme())) {
                problems.add(new ImportProblem(ImportProblem.Severity.ERROR, parsed.file(), at + ".code", null,
                        "missing: name paths are resolved in the FUNCTION scheme only; give the code"));
                resolved.add(line);
                continue;
            }
            var candidates = names.candidates(line.namePath());
            var path = String.join(" / ", line.namePath());
            if (candidates.size() == 1) {
                var code = candidates.getFirst().code();
                resolved.add(new ReportDocument.LinePart(line.scheme(), code, line.name(), line.namePath(), line.fund(),
                        line.total(), line.basic(), line.personnel(), line.publicUse(), line.project(),
                        line.budgetInitial(), line.budgetAdjusted(), line.unit(), line.table(), line.note()));
            } else {
                var message = candidates.isEmpty()
                        ? "the name path matches no subject of the classification"
                        : "the name path is ambiguous: it matches " + candidates.stream()
                                .map(c -> c.code() + " " + c.path()).collect(Collectors.joining("; "));
                problems.add(new ImportProblem(ImportProblem.Severity.ERROR, parsed.file(), at + ".namePath", path, message));
                resolved.add(line);
            }
        }
        var d = parsed.document();
        var document = new ReportDocument(d.format(), d.unit(), d.year(), d.kind(), d.source(), d.amountUnit(), d.staff(),
                d.divisions(), resolved, d.figures(), d.threePublic(), d.counts(), d.glossary(), d.projects(), d.notes());
        return new Parsed(parsed.file(), parsed.root(), document);
    }

    private record Parsed(String file, String root, ReportDocument document) {
    }

    private void parse(Input input, List<Parsed> parsed, List<ImportProblem> problems) {
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
                    parsed.add(new Parsed(input.name(), "$[" + i + "]", documents[i]));
                }
            } else {
                var document = STRICT_JSON.readValue(text, ReportDocument.class);
                parsed.add(new Parsed(input.name(), "$", document));
            }
        } catch (JacksonException e) {
            var location = e.getLocation();
            var where = location == null ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
            problems.add(new ImportProblem(ImportProblem.Severity.ERROR, input.name(), jsonPath(e), null,
                    "not a valid kemu-report/1 document" + where + ": " + e.getOriginalMessage()));
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

    private List<ImportProblem> validate(List<Parsed> parsed) {
        var keys = new LinkedHashSet<SubjectKey>();
        var regionCodes = new LinkedHashSet<String>();
        for (var doc : parsed) {
            for (var line : list(doc.document().lines())) {
                var scheme = schemeOrNull(line.scheme());
                if (scheme != null && scheme.isWellFormed(line.code())) {
                    keys.add(new SubjectKey(scheme, line.code()));
                }
            }
            if (doc.document().unit() != null && doc.document().unit().regionCode() != null
                    && doc.document().unit().regionCode().matches("\\d{2}|\\d{4}|\\d{6}")) {
                regionCodes.add(doc.document().unit().regionCode());
            }
        }
        var subjects = classification.byKeys(keys);
        var knownRegions = regions.byCodes(regionCodes).keySet();
        var problems = new ArrayList<ImportProblem>();
        var reportIds = new HashMap<String, String>();
        for (var doc : parsed) {
            problems.addAll(new ReportValidator(doc.file(), doc.root(), subjects, knownRegions).validate(doc.document()));
            var d = doc.document();
            if (d.unit() != null && d.unit().name() != null && d.unit().regionCode() != null) {
                var id = ReportIds.reportId(ReportIds.unitId(d.unit().regionCode(), d.unit().name()), d.year(), d.kind());
                var earlier = reportIds.putIfAbsent(id, doc.file() + " " + doc.root());
                if (earlier != null) {
                    problems.add(new ImportProblem(ImportProblem.Severity.ERROR, doc.file(), doc.root(), id,
                            "the same report (unit, year, kind) also appears at " + earlier));
                }
            }
        }
        return problems;
    }

    private static Map<String, Object> reportRow(ReportDocument doc, String reportId, String unitId) {
        var row = new HashMap<String, Object>();
        row.put("id", reportId);
        row.put("unitId", unitId);
        row.put("year", doc.year());
        row.put("kind", doc.kind());
        row.put("regionCode", doc.unit().regionCode());
        row.put("amountUnit", unit(doc.amountUnit(), null).name());
        row.put("sourceDocument", doc.source().document());
        row.put("sourceTitle", doc.source().title());
        row.put("sourceUrl", doc.source().url());
        row.put("sourceNote", doc.source().note());
        row.put("divisions", list(doc.divisions()));
        row.put("notes", list(doc.notes()));
        var staff = doc.staff();
        if (staff != null) {
            row.put("staffStated", true);
            row.put("staffAuthorized", staff.authorized());
            row.put("staffActual", staff.actual());
            row.put("staffRetired", staff.retired());
            row.put("staffContract", staff.contract());
            row.put("staffAsOf", staff.asOf());
            row.put("staffSection", staff.section());
            row.put("staffNote", staff.note());
            row.put("staffDetailLabels", list(staff.details()).stream().map(ReportDocument.StaffDetailPart::label).toList());
            row.put("staffDetailCounts", list(staff.details()).stream().map(ReportDocument.StaffDetailPart::count).toList());
        }
        return row;
    }

    /**
     * Lines with two derived flags that roll-ups rely on: {@code finest} (no finer line of the same scheme and fund
     * below it in this report, so summing finest lines never counts a figure twice) and {@code primary} (the
     * widest fund scope the report states for the scheme). The benchmark's write floor writes these same rows.
     */
    public static List<Map<String, Object>> lineRows(ReportDocument doc, String reportId, String unitId) {
        var lines = list(doc.lines());
        var widestFund = new HashMap<String, Fund>();
        for (var line : lines) {
            var fund = Fund.valueOf(line.fund());
            widestFund.merge(line.scheme(), fund, (a, b) -> a.ordinal() <= b.ordinal() ? a : b);
        }
        var rows = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < lines.size(); i++) {
            var line = lines.get(i);
            var unit = unit(line.unit(), doc.amountUnit());
            var finest = lines.stream().noneMatch(other -> other != line
                    && other.scheme().equals(line.scheme()) && other.fund().equals(line.fund())
                    && other.code().length() > line.code().length() && other.code().startsWith(line.code()));
            var row = new HashMap<String, Object>();
            row.put("reportId", reportId);
            row.put("unitId", unitId);
            row.put("regionCode", doc.unit().regionCode());
            row.put("year", doc.year());
            row.put("kind", doc.kind());
            row.put("scheme", line.scheme());
            row.put("code", line.code());
            row.put("level", org.kemu.classification.SubjectLevel.ofCode(line.code()).name());
            row.put("fund", line.fund());
            row.put("primary", Fund.valueOf(line.fund()) == widestFund.get(line.scheme()));
            row.put("finest", finest);
            row.put("statedName", line.name());
            row.put("namePath", line.namePath() == null ? List.of() : line.namePath());
            row.put("statedUnit", unit.name());
            row.put("table", line.table());
            row.put("note", line.note());
            row.put("position", i);
            row.put("totalFen", fen(line.total(), unit));
            row.put("basicFen", fen(line.basic(), unit));
            row.put("personnelFen", fen(line.personnel(), unit));
            row.put("publicUseFen", fen(line.publicUse(), unit));
            row.put("projectFen", fen(line.project(), unit));
            row.put("budgetInitialFen", fen(line.budgetInitial(), unit));
            row.put("budgetAdjustedFen", fen(line.budgetAdjusted(), unit));
            rows.add(row);
        }
        return rows;
    }

    private static List<Map<String, Object>> figureRows(ReportDocument doc) {
        var figures = list(doc.figures());
        var rows = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < figures.size(); i++) {
            var figure = figures.get(i);
            var unit = unit(figure.unit(), doc.amountUnit());
            var row = new HashMap<String, Object>();
            row.put("key", figure.key());
            row.put("label", figure.label());
            row.put("amountFen", fen(figure.amount(), unit));
            row.put("fund", figure.fund() == null ? Fund.ALL.name() : figure.fund());
            row.put("basis", figure.basis() == null ? "ACTUAL" : figure.basis());
            row.put("year", figure.year() == null ? doc.year() : figure.year());
            row.put("statedUnit", unit.name());
            row.put("table", figure.table());
            row.put("note", figure.note());
            row.put("position", i);
            rows.add(row);
        }
        return rows;
    }

    private static List<Map<String, Object>> threePublicRows(ReportDocument doc) {
        var items = list(doc.threePublic());
        var rows = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < items.size(); i++) {
            var item = items.get(i);
            var unit = unit(item.unit(), doc.amountUnit());
            var props = new HashMap<String, Object>();
            props.put("item", item.item());
            props.put("label", item.label());
            props.put("fund", item.fund() == null ? Fund.FISCAL.name() : item.fund());
            props.put("budgetFen", fen(item.budget(), unit));
            props.put("actualFen", fen(item.actual(), unit));
            props.put("batches", item.batches());
            props.put("people", item.people());
            props.put("vehicles", item.vehicles());
            props.put("statedUnit", unit.name());
            props.put("table", item.table());
            props.put("note", item.note());
            props.put("position", i);
            var details = new ArrayList<Map<String, Object>>();
            var parts = list(item.details());
            for (int j = 0; j < parts.size(); j++) {
                var detail = parts.get(j);
                var detailUnit = detail.unit() == null ? unit : unit(detail.unit(), null);
                var map = new HashMap<String, Object>();
                map.put("label", detail.label());
                map.put("amountFen", fen(detail.amount(), detailUnit));
                map.put("batches", detail.batches());
                map.put("people", detail.people());
                map.put("vehicles", detail.vehicles());
                map.put("statedUnit", detailUnit.name());
                map.put("note", detail.note());
                map.put("position", j);
                details.add(map);
            }
            rows.add(Map.of("props", props, "details", details));
        }
        return rows;
    }

    private static List<Map<String, Object>> countRows(ReportDocument doc) {
        var counts = list(doc.counts());
        var rows = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < counts.size(); i++) {
            var count = counts.get(i);
            var row = new HashMap<String, Object>();
            row.put("key", count.key());
            row.put("label", count.label());
            row.put("value", count.value().toPlainString());
            row.put("unitLabel", count.unitLabel());
            row.put("year", count.year() == null ? doc.year() : count.year());
            row.put("table", count.table());
            row.put("note", count.note());
            row.put("position", i);
            rows.add(row);
        }
        return rows;
    }

    /**
     * Definitions with their canonical term: a heading that names a classification subject (by names with
     * (类)/(款)/(项) or by codes in brackets) becomes that subject's term, any other wording a term of its own key.
     */
    private static List<Map<String, Object>> definitionRows(ReportDocument doc, String reportId, String unitId,
                                                            SubjectNameResolver names) {
        var entries = list(doc.glossary());
        var rows = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < entries.size(); i++) {
            var entry = entries.get(i);
            var subject = names.resolveHeading(entry.term());
            var termKey = subject.map(s -> TermKeys.subjectKey(s.scheme().name(), s.code())).orElse(TermKeys.key(entry.term()));
            var termName = subject.map(Subject::name).orElse(TermKeys.displayName(entry.term()));
            var props = new HashMap<String, Object>();
            props.put("reportId", reportId);
            props.put("unitId", unitId);
            props.put("year", doc.year());
            props.put("number", entry.number());
            props.put("position", i);
            props.put("statedTerm", entry.term());
            props.put("text", entry.text());
            props.put("termKey", termKey);
            props.put("termSearch", TermKeys.search(entry.term()));
            props.put("textKey", TermKeys.search(entry.text()));
            props.put("searchText", TermKeys.search(entry.term() + " " + entry.text()));
            var row = new HashMap<String, Object>();
            row.put("props", props);
            row.put("termKey", termKey);
            row.put("termName", termName);
            row.put("termSearchName", TermKeys.search(termName));
            row.put("subjectScheme", subject.map(s -> s.scheme().name()).orElse(null));
            row.put("subjectCode", subject.map(Subject::code).orElse(null));
            rows.add(row);
        }
        return rows;
    }

    private static List<Map<String, Object>> projectRows(ReportDocument doc) {
        var projects = list(doc.projects());
        var rows = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < projects.size(); i++) {
            var project = projects.get(i);
            var unit = unit(project.unit(), doc.amountUnit());
            var props = new HashMap<String, Object>();
            props.put("scope", project.scope());
            props.put("code", project.code());
            props.put("name", project.name());
            props.put("department", project.department());
            props.put("implementer", project.implementer());
            props.put("period", project.period());
            props.put("budgetInitialFen", fen(project.budgetInitial(), unit));
            props.put("budgetAdjustedFen", fen(project.budgetAdjusted(), unit));
            props.put("executedFen", fen(project.executed(), unit));
            props.put("executionRate", project.executionRate());
            props.put("executionWeight", decimal(project.executionWeight()));
            props.put("executionScore", decimal(project.executionScore()));
            props.put("score", decimal(project.score()));
            props.put("maxScore", decimal(project.maxScore()));
            props.put("goal", project.goal());
            props.put("result", project.result());
            props.put("statedUnit", unit.name());
            props.put("table", project.table());
            props.put("note", project.note());
            props.put("position", i);
            var funds = new ArrayList<Map<String, Object>>();
            var fundParts = list(project.funds());
            for (int j = 0; j < fundParts.size(); j++) {
                var fund = fundParts.get(j);
                var map = new HashMap<String, Object>();
                map.put("label", fund.label());
                map.put("budgetInitialFen", fen(fund.budgetInitial(), unit));
                map.put("budgetAdjustedFen", fen(fund.budgetAdjusted(), unit));
                map.put("executedFen", fen(fund.executed(), unit));
                map.put("executionRate", fund.executionRate());
                map.put("position", j);
                funds.add(map);
            }
            var indicators = new ArrayList<Map<String, Object>>();
            var indicatorParts = list(project.indicators());
            for (int j = 0; j < indicatorParts.size(); j++) {
                var indicator = indicatorParts.get(j);
                var map = new HashMap<String, Object>();
                map.put("category", indicator.category());
                map.put("subcategory", indicator.subcategory());
                map.put("name", indicator.name());
                map.put("target", indicator.target());
                map.put("actual", indicator.actual());
                map.put("weight", decimal(indicator.weight()));
                map.put("score", decimal(indicator.score()));
                map.put("note", indicator.note());
                map.put("position", j);
                indicators.add(map);
            }
            rows.add(Map.of("props", props, "funds", funds, "indicators", indicators));
        }
        return rows;
    }

    private static AmountUnit unit(String label, String fallbackLabel) {
        var unit = AmountUnit.ofLabel(label == null ? fallbackLabel : label);
        if (unit == null) {
            throw new IllegalStateException("unit " + label + " passed validation but is unknown");
        }
        return unit;
    }

    private static Long fen(BigDecimal amount, AmountUnit unit) {
        return amount == null ? null : Money.toFen(amount, unit);
    }

    /** Scores and weights keep their exact decimal text; Neo4j has no decimal type. */
    private static String decimal(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static Scheme schemeOrNull(String scheme) {
        return Arrays.stream(Scheme.values()).filter(s -> s.name().equals(scheme)).findFirst().orElse(null);
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }
}
