package org.kemu.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.kemu.classification.Subject;
import org.kemu.classification.SubjectLevel;
import org.kemu.classification.SubjectNameResolver;
import org.kemu.format.ReportDocument;
import org.kemu.glossary.TermKeys;
import org.kemu.money.AmountUnit;
import org.kemu.money.Money;
import org.kemu.performance.IndicatorReading;
import org.kemu.performance.ProjectScores;
import org.kemu.report.Measure;
import org.kemu.report.ReportIds;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The mapping between the report format and the property rows {@link ReportWriter} writes, in both directions:
 * a document becomes rows (amounts in 分, the stated unit kept beside them), and stored rows become the document
 * again, amounts back in the unit the document stated. Pure: no database, so both directions are unit-tested and
 * an export re-imported finds the same checksum.
 */
public final class ReportRows {

    /**
     * Part of every report checksum: raise it when the way reports are written to the graph changes, so that a
     * re-import rewrites reports stored the old way instead of skipping them as unchanged.
     */
    static final String GRAPH_MODEL_VERSION = "kemu-graph-5";

    /** Sorted keys make the checksum independent of map iteration order. */
    private static final JsonMapper CANONICAL_JSON = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private ReportRows() {
    }

    /**
     * One report as rows: the unit and report node properties; line properties; and, for the other parts, rows of
     * {@code props} (the node's properties) with the report id and any nested parts ({@code details},
     * {@code funds}, {@code indicators}) or, for definitions, the canonical term. Stored reports are read back in
     * the same shape.
     */
    record Rows(String reportId, Map<String, Object> unit, Map<String, Object> report, List<Map<String, Object>> lines,
                List<Map<String, Object>> figures, List<Map<String, Object>> threePublic,
                List<Map<String, Object>> counts, List<Map<String, Object>> definitions,
                List<Map<String, Object>> projects) {

        /** A digest of every row, so equal content means equal checksum. */
        String checksum() {
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
            // written straight into the digest: the same UTF-8 bytes as the text, without making the text
            return ReportIds.sha256(out -> CANONICAL_JSON.writeValue(out, canonical));
        }
    }

    /**
     * The rows of a validated document. {@code names} resolves glossary headings to subjects; it may be null for a
     * document without a glossary.
     */
    static Rows of(ReportDocument doc, SubjectNameResolver names) {
        var unitId = ReportIds.unitId(doc.unit().regionCode(), doc.unit().name());
        var reportId = ReportIds.reportId(unitId, doc.year(), doc.kind());
        return new Rows(reportId, unit(doc, unitId), report(doc, reportId, unitId), lines(doc, reportId, unitId),
                withReport(reportId, figureProps(doc)), withReportInside(reportId, threePublic(doc)),
                withReport(reportId, countProps(doc)), definitions(doc, reportId, unitId, names),
                withReportInside(reportId, projects(doc)));
    }

    private static Map<String, Object> unit(ReportDocument doc, String unitId) {
        var unit = new HashMap<String, Object>();
        unit.put("id", unitId);
        unit.put("name", doc.unit().name());
        unit.put("regionCode", doc.unit().regionCode());
        unit.put("type", doc.unit().type());
        unit.put("supervisor", doc.unit().supervisor());
        unit.put("supervisorId", doc.unit().supervisor() == null ? null
                : ReportIds.unitId(doc.unit().regionCode(), doc.unit().supervisor()));
        return unit;
    }

    private static List<Map<String, Object>> withReport(String reportId, List<Map<String, Object>> props) {
        return props.stream().map(row -> Map.<String, Object>of("reportId", reportId, "props", row)).toList();
    }

    private static List<Map<String, Object>> withReportInside(String reportId, List<Map<String, Object>> rows) {
        return rows.stream().map(row -> {
            var copy = new HashMap<>(row);
            copy.put("reportId", reportId);
            return (Map<String, Object>) copy;
        }).toList();
    }

    static Map<String, Object> report(ReportDocument doc, String reportId, String unitId) {
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
        row.put("divisions", stored(doc.divisions()));
        row.put("notes", stored(doc.notes()));
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
            row.put("staffDetailLabels", stored(list(staff.details()).stream().map(ReportDocument.StaffDetailPart::label).toList()));
            row.put("staffDetailCounts", stored(list(staff.details()).stream().map(ReportDocument.StaffDetailPart::count).toList()));
        }
        return row;
    }

    /**
     * Lines with two derived flags that roll-ups rely on (see {@link LineFlags}). The benchmark's write floor writes
     * these same rows.
     */
    public static List<Map<String, Object>> lines(ReportDocument doc, String reportId, String unitId) {
        var lines = list(doc.lines());
        var flags = new LineFlags(lines);
        var rows = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < lines.size(); i++) {
            var line = lines.get(i);
            var unit = unit(line.unit(), doc.amountUnit());
            var row = new HashMap<String, Object>();
            row.put("reportId", reportId);
            row.put("unitId", unitId);
            row.put("regionCode", doc.unit().regionCode());
            row.put("year", doc.year());
            row.put("kind", doc.kind());
            row.put("scheme", line.scheme());
            row.put("code", line.code());
            row.put("level", SubjectLevel.ofCode(line.code()).name());
            row.put("fund", line.fund());
            row.put("primary", flags.primary(line));
            row.put("finest", flags.finest(line));
            row.put("statedName", line.name());
            row.put("namePath", stored(line.namePath()));
            row.put("statedUnit", unit.name());
            row.put("table", line.table());
            row.put("note", line.note());
            row.put("position", i);
            row.put(Measure.TOTAL.property(), fen(line.total(), unit));
            row.put(Measure.BASIC.property(), fen(line.basic(), unit));
            row.put("personnelFen", fen(line.personnel(), unit));
            row.put("publicUseFen", fen(line.publicUse(), unit));
            row.put(Measure.PROJECT.property(), fen(line.project(), unit));
            row.put(Measure.BUDGET_INITIAL.property(), fen(line.budgetInitial(), unit));
            row.put(Measure.BUDGET_ADJUSTED.property(), fen(line.budgetAdjusted(), unit));
            rows.add(row);
        }
        return rows;
    }

    private static List<Map<String, Object>> figureProps(ReportDocument doc) {
        var figures = list(doc.figures());
        var rows = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < figures.size(); i++) {
            var figure = figures.get(i);
            var unit = unit(figure.unit(), doc.amountUnit());
            var row = new HashMap<String, Object>();
            row.put("key", figure.key());
            row.put("label", figure.label());
            row.put("amountFen", fen(figure.amount(), unit));
            row.put("fund", figure.effectiveFund().name());
            row.put("basis", figure.effectiveBasis().name());
            row.put("year", figure.year() == null ? doc.year() : figure.year());
            row.put("statedUnit", unit.name());
            row.put("table", figure.table());
            row.put("note", figure.note());
            row.put("reason", figure.reason());
            row.put("position", i);
            rows.add(row);
        }
        return rows;
    }

    private static List<Map<String, Object>> threePublic(ReportDocument doc) {
        var items = list(doc.threePublic());
        var rows = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < items.size(); i++) {
            var item = items.get(i);
            var unit = unit(item.unit(), doc.amountUnit());
            var props = new HashMap<String, Object>();
            props.put("item", item.item());
            props.put("label", item.label());
            props.put("fund", item.effectiveFund().name());
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

    private static List<Map<String, Object>> countProps(ReportDocument doc) {
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
    private static List<Map<String, Object>> definitions(ReportDocument doc, String reportId, String unitId,
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

    private static List<Map<String, Object>> projects(ReportDocument doc) {
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
            props.put("executionNote", project.executionNote());
            props.put("indicatorWeight", decimal(project.indicatorWeight()));
            props.put("indicatorScore", decimal(project.indicatorScore()));
            // derived, not in the document: what the projects filter and order read in Cypher
            props.putAll(ProjectScores.of(project).properties());
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
                // derived, not in the document: met and scoredFull, for the projects filter
                map.putAll(IndicatorReading.of(indicator.target(), indicator.actual(), indicator.weight(),
                        indicator.score()).properties());
                indicators.add(map);
            }
            rows.add(Map.of("props", props, "funds", funds, "indicators", indicators));
        }
        return rows;
    }

    /** The document a stored report's rows (as {@link #of} made them) state. */
    static ReportDocument document(Rows rows) {
        var r = new Props(rows.report());
        var unit = new Props(rows.unit());
        var amountUnit = AmountUnit.valueOf(r.string("amountUnit"));
        var year = r.integer("year");
        return new ReportDocument(
                ReportDocument.FORMAT,
                new ReportDocument.UnitPart(unit.string("name"), unit.string("regionCode"), unit.string("supervisor"),
                        unit.string("type")),
                year,
                r.string("kind"),
                new ReportDocument.SourcePart(r.string("sourceDocument"), r.string("sourceTitle"),
                        r.string("sourceUrl"), r.string("sourceNote")),
                amountUnit.label(),
                staff(r),
                r.strings("divisions"),
                parts(rows.lines(), row -> line(new Props(row), amountUnit)),
                parts(rows.figures(), row -> figure(props(row), amountUnit, year)),
                parts(rows.threePublic(), row -> threePublicItem(new Props(row), amountUnit)),
                parts(rows.counts(), row -> count(props(row), year)),
                parts(rows.definitions(), row -> {
                    var d = props(row);
                    return new ReportDocument.GlossaryPart(d.string("number"), d.string("statedTerm"), d.string("text"));
                }),
                parts(rows.projects(), row -> project(new Props(row), amountUnit)),
                r.strings("notes"), null);
    }

    private static Props props(Map<String, Object> row) {
        return new Props(asMap(row.get("props")));
    }

    private static <T> List<T> parts(List<Map<String, Object>> rows, Function<Map<String, Object>, T> mapper) {
        return rows == null || rows.isEmpty() ? null : rows.stream().map(mapper).toList();
    }

    private static ReportDocument.StaffPart staff(Props r) {
        if (!Boolean.TRUE.equals(r.get("staffStated"))) {
            return null;
        }
        var labels = r.strings("staffDetailLabels");
        var counts = r.list("staffDetailCounts");
        var details = new ArrayList<ReportDocument.StaffDetailPart>();
        for (int i = 0; i < labels.size(); i++) {
            details.add(new ReportDocument.StaffDetailPart(labels.get(i), ((Number) counts.get(i)).intValue()));
        }
        return new ReportDocument.StaffPart(r.integer("staffAuthorized"), r.integer("staffActual"),
                r.integer("staffRetired"), r.integer("staffContract"), details, r.string("staffAsOf"),
                r.string("staffSection"), r.string("staffNote"));
    }

    private static ReportDocument.LinePart line(Props l, AmountUnit reportUnit) {
        var unit = AmountUnit.valueOf(l.string("statedUnit"));
        var namePath = l.strings("namePath");
        return new ReportDocument.LinePart(l.string("scheme"), l.string("code"), l.string("statedName"),
                namePath.isEmpty() ? null : namePath, l.string("fund"),
                l.amount("totalFen", unit), l.amount("basicFen", unit), l.amount("personnelFen", unit),
                l.amount("publicUseFen", unit), l.amount("projectFen", unit), l.amount("budgetInitialFen", unit),
                l.amount("budgetAdjustedFen", unit), unit == reportUnit ? null : unit.label(), l.string("table"),
                l.string("note"));
    }

    private static ReportDocument.FigurePart figure(Props f, AmountUnit reportUnit, int reportYear) {
        var unit = AmountUnit.valueOf(f.string("statedUnit"));
        return new ReportDocument.FigurePart(f.string("key"), f.string("label"), f.amount("amountFen", unit),
                f.string("fund"), f.string("basis"), f.integer("year") == reportYear ? null : f.integer("year"),
                unit == reportUnit ? null : unit.label(), f.string("table"), f.string("note"), f.string("reason"));
    }

    private static ReportDocument.ThreePublicPart threePublicItem(Props row, AmountUnit reportUnit) {
        var t = new Props(asMap(row.get("props")));
        var unit = AmountUnit.valueOf(t.string("statedUnit"));
        var details = new ArrayList<ReportDocument.ThreePublicDetailPart>();
        for (var detail : row.list("details")) {
            var d = new Props(asMap(detail));
            var detailUnit = AmountUnit.valueOf(d.string("statedUnit"));
            details.add(new ReportDocument.ThreePublicDetailPart(d.string("label"), d.amount("amountFen", detailUnit),
                    d.integer("batches"), d.integer("people"), d.integer("vehicles"),
                    detailUnit == unit ? null : detailUnit.label(), d.string("note")));
        }
        return new ReportDocument.ThreePublicPart(t.string("item"), t.string("label"), t.string("fund"),
                t.amount("budgetFen", unit), t.amount("actualFen", unit), t.integer("batches"), t.integer("people"),
                t.integer("vehicles"), details.isEmpty() ? null : details, unit == reportUnit ? null : unit.label(),
                t.string("table"), t.string("note"));
    }

    private static ReportDocument.CountPart count(Props c, int reportYear) {
        return new ReportDocument.CountPart(c.string("key"), c.string("label"), new BigDecimal(c.string("value")),
                c.string("unitLabel"), c.integer("year") == reportYear ? null : c.integer("year"), c.string("table"),
                c.string("note"));
    }

    private static ReportDocument.ProjectPart project(Props row, AmountUnit reportUnit) {
        var p = new Props(asMap(row.get("props")));
        var unit = AmountUnit.valueOf(p.string("statedUnit"));
        var funds = row.list("funds").stream().map(f -> new Props(asMap(f))).map(f ->
                new ReportDocument.ProjectFundPart(f.string("label"), f.amount("budgetInitialFen", unit),
                        f.amount("budgetAdjustedFen", unit), f.amount("executedFen", unit), f.string("executionRate")))
                .toList();
        var indicators = row.list("indicators").stream().map(i -> new Props(asMap(i))).map(i ->
                new ReportDocument.IndicatorPart(i.string("category"), i.string("subcategory"), i.string("name"),
                        i.string("target"), i.string("actual"), i.decimal("weight"), i.decimal("score"), i.string("note")))
                .toList();
        return new ReportDocument.ProjectPart(p.string("scope"), p.string("code"), p.string("name"),
                p.string("department"), p.string("implementer"), p.string("period"),
                p.amount("budgetInitialFen", unit), p.amount("budgetAdjustedFen", unit), p.amount("executedFen", unit),
                p.string("executionRate"), p.decimal("executionWeight"), p.decimal("executionScore"),
                p.string("executionNote"), p.decimal("indicatorWeight"), p.decimal("indicatorScore"),
                p.decimal("score"), p.decimal("maxScore"), funds.isEmpty() ? null : funds, p.string("goal"),
                p.string("result"), indicators.isEmpty() ? null : indicators, unit == reportUnit ? null : unit.label(),
                p.string("table"), p.string("note"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }

    static AmountUnit unit(String label, String fallbackLabel) {
        var unit = AmountUnit.ofLabel(label == null ? fallbackLabel : label);
        if (unit == null) {
            throw new IllegalStateException("unit " + label + " passed validation but is unknown");
        }
        return unit;
    }

    static Long fen(BigDecimal amount, AmountUnit unit) {
        return amount == null ? null : Money.toFen(amount, unit);
    }

    /** Scores and weights keep their exact decimal text; Neo4j has no decimal type. */
    private static String decimal(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }

    /**
     * A list as a property: none when empty, since Neo4j's offline importer cannot write an empty array and a bulk
     * load must store what an import stores; reads take no list as an empty one.
     */
    private static <T> List<T> stored(List<T> values) {
        return values == null || values.isEmpty() ? null : values;
    }
    /** Typed access to stored properties. */
    private record Props(Map<String, Object> values) {

        Object get(String key) {
            return values.get(key);
        }

        String string(String key) {
            return (String) values.get(key);
        }

        Integer integer(String key) {
            var value = values.get(key);
            return value == null ? null : ((Number) value).intValue();
        }

        BigDecimal amount(String key, AmountUnit unit) {
            var value = values.get(key);
            return value == null ? null : Money.fromFen(((Number) value).longValue(), unit);
        }

        BigDecimal decimal(String key) {
            var value = values.get(key);
            return value == null ? null : new BigDecimal((String) value);
        }

        List<Object> list(String key) {
            var value = values.get(key);
            return value == null ? List.of() : List.copyOf((List<?>) value);
        }

        List<String> strings(String key) {
            return list(key).stream().map(String.class::cast).toList();
        }
    }
}
