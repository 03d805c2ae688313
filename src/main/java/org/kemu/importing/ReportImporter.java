package org.kemu.importing;

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
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
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

    /**
     * Part of every report checksum: raise it when the way reports are written to the graph changes, so that a
     * re-import rewrites reports stored the old way instead of skipping them as unchanged.
     */
    static final String GRAPH_MODEL_VERSION = "kemu-graph-2";

    private final ClassificationService classification;
    private final RegionService regions;
    private final ReportWriter writer;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ReportImporter(ClassificationService classification, RegionService regions, ReportWriter writer,
                   TransactionTemplate transactions) {
        this.classification = classification;
        this.regions = regions;
        this.writer = writer;
        this.transactions = transactions;
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
        problems.addAll(validate(parsed));
        if (problems.stream().anyMatch(p -> p.severity() == ImportProblem.Severity.ERROR)) {
            throw new ImportException(problems);
        }
        var warnings = List.copyOf(problems);
        var needsNames = parsed.stream().anyMatch(p -> !list(p.document().glossary()).isEmpty());
        var names = needsNames ? classification.nameResolver(Scheme.FUNCTION) : null;
        var outcomes = transactions.execute(status -> {
            var written = new ArrayList<ImportResult.ReportOutcome>();
            for (var doc : parsed) {
                written.add(write(doc, dryRun, names));
            }
            if (dryRun) {
                status.setRollbackOnly();
            }
            return written;
        });
        return new ImportResult(dryRun, outcomes, warnings);
    }

    private record Parsed(String file, String root, ReportDocument document, String checksum) {
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
                    parsed.add(new Parsed(input.name(), "$[" + i + "]", documents[i], checksum(documents[i])));
                }
            } else {
                var document = STRICT_JSON.readValue(text, ReportDocument.class);
                parsed.add(new Parsed(input.name(), "$", document, checksum(document)));
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
                var id = reportId(unitId(d.unit().regionCode(), d.unit().name()), d.year(), d.kind());
                var earlier = reportIds.putIfAbsent(id, doc.file() + " " + doc.root());
                if (earlier != null) {
                    problems.add(new ImportProblem(ImportProblem.Severity.ERROR, doc.file(), doc.root(), id,
                            "the same report (unit, year, kind) also appears at " + earlier));
                }
            }
        }
        return problems;
    }

    private ImportResult.ReportOutcome write(Parsed parsed, boolean dryRun, SubjectNameResolver names) {
        var doc = parsed.document();
        var unitId = unitId(doc.unit().regionCode(), doc.unit().name());
        var reportId = reportId(unitId, doc.year(), doc.kind());
        var stored = writer.storedChecksum(reportId);
        var lines = lineRows(doc, reportId, unitId);
        if (parsed.checksum().equals(stored)) {
            return outcome(doc, reportId, unitId, ImportResult.Status.UNCHANGED, lines.size());
        }
        var status = stored == null ? ImportResult.Status.CREATED : ImportResult.Status.REPLACED;
        if (dryRun) {
            return outcome(doc, reportId, unitId, status, lines.size());
        }
        var unit = new HashMap<String, Object>();
        unit.put("id", unitId);
        unit.put("name", doc.unit().name());
        unit.put("regionCode", doc.unit().regionCode());
        unit.put("type", doc.unit().type());
        unit.put("supervisor", doc.unit().supervisor());
        unit.put("supervisorId", doc.unit().supervisor() == null ? null : unitId(doc.unit().regionCode(), doc.unit().supervisor()));
        writer.upsertUnit(unit);
        writer.deleteReport(reportId);
        writer.createReport(reportRow(doc, reportId, unitId, parsed));
        writer.createLines(reportId, lines);
        writer.createFigures(reportId, figureRows(doc));
        writer.createThreePublic(reportId, threePublicRows(doc));
        writer.createCounts(reportId, countRows(doc));
        writer.createDefinitions(reportId, definitionRows(doc, reportId, unitId, names));
        writer.createProjects(reportId, projectRows(doc));
        return outcome(doc, reportId, unitId, status, lines.size());
    }

    private static ImportResult.ReportOutcome outcome(ReportDocument doc, String reportId, String unitId,
                                                      ImportResult.Status status, int lineCount) {
        return new ImportResult.ReportOutcome(reportId, unitId, doc.unit().name(), doc.year(), doc.kind(), status, lineCount);
    }

    /** Unit ids are stable across databases: the region code and a digest of the name. */
    public static String unitId(String regionCode, String name) {
        return regionCode + "-" + sha256(name.strip()).substring(0, 8);
    }

    public static String reportId(String unitId, Integer year, String kind) {
        return unitId + ":" + year + ":" + kind;
    }

    private Map<String, Object> reportRow(ReportDocument doc, String reportId, String unitId, Parsed parsed) {
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
        row.put("checksum", parsed.checksum());
        row.put("importedAt", clock.instant().toString());
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
     * widest fund scope the report states for the scheme).
     */
    private static List<Map<String, Object>> lineRows(ReportDocument doc, String reportId, String unitId) {
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

    private static String checksum(ReportDocument document) {
        return sha256(GRAPH_MODEL_VERSION + "\n" + STRICT_JSON.writeValueAsString(document));
    }

    private static String sha256(String text) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }
}
