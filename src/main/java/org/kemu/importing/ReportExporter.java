package org.kemu.importing;

import org.kemu.format.ReportDocument;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.kemu.money.AmountUnit;
import org.kemu.money.Money;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes stored reports back in the report format, amounts in the unit the document stated them in. Exporting a
 * report and importing the result changes nothing: the importer finds the same checksum.
 */
@Service
public class ReportExporter {

    static final JsonMapper PRETTY_JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(
                    com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL))
            .build();

    private final ReportReader reader;

    ReportExporter(ReportReader reader) {
        this.reader = reader;
    }

    /** The reports of a unit (all years, or one) as documents, in year and kind order. */
    @Transactional(readOnly = true)
    public List<ReportDocument> exportUnit(String unitId, Integer year) {
        var ids = reader.reportIdsOfUnit(unitId, year);
        var documents = export(ids);
        return ids.stream().map(documents::get).toList();
    }

    @Transactional(readOnly = true)
    public java.util.Optional<ReportDocument> export(String unitId, int year, String kind) {
        return reader.reportId(unitId, year, kind).map(id -> export(List.of(id)).get(id));
    }

    public static String toJson(Object documents) {
        return PRETTY_JSON.writeValueAsString(documents);
    }

    /** Documents for the report ids, read with one statement per part of the format. */
    @Transactional(readOnly = true)
    public Map<String, ReportDocument> export(Collection<String> reportIds) {
        var lines = byReport(reader.lines(reportIds));
        var figures = byReport(reader.children("Figure", reportIds));
        var counts = byReport(reader.children("Count", reportIds));
        var glossary = byReport(reader.children("Definition", reportIds));
        var threePublic = byReport(reader.threePublic(reportIds));
        var projects = byReport(reader.projects(reportIds));
        var result = new LinkedHashMap<String, ReportDocument>();
        for (var report : reader.reports(reportIds)) {
            var id = report.reportId();
            var r = new Props(report.props());
            var unit = new Props(report.extra());
            var amountUnit = AmountUnit.valueOf(r.string("amountUnit"));
            result.put(id, new ReportDocument(
                    ReportDocument.FORMAT,
                    new ReportDocument.UnitPart(unit.string("name"), unit.string("regionCode"), unit.string("supervisor"),
                            unit.string("type")),
                    r.integer("year"),
                    r.string("kind"),
                    new ReportDocument.SourcePart(r.string("sourceDocument"), r.string("sourceTitle"),
                            r.string("sourceUrl"), r.string("sourceNote")),
                    amountUnit.label(),
                    staff(r),
                    r.strings("divisions"),
                    map(lines.get(id), row -> line(new Props(row.props()), amountUnit)),
                    map(figures.get(id), row -> figure(new Props(row.props()), amountUnit, r.integer("year"))),
                    map(threePublic.get(id), row -> threePublicItem(row, amountUnit)),
                    map(counts.get(id), row -> count(new Props(row.props()), r.integer("year"))),
                    map(glossary.get(id), row -> {
                        var d = new Props(row.props());
                        return new ReportDocument.GlossaryPart(d.string("number"), d.string("statedTerm"), d.string("text"));
                    }),
                    map(projects.get(id), row -> project(row, amountUnit)),
                    r.strings("notes")));
        }
        return result;
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
                unit == reportUnit ? null : unit.label(), f.string("table"), f.string("note"));
    }

    private static ReportDocument.ThreePublicPart threePublicItem(ReportReader.Row row, AmountUnit reportUnit) {
        var t = new Props(row.props());
        var unit = AmountUnit.valueOf(t.string("statedUnit"));
        var details = new ArrayList<ReportDocument.ThreePublicDetailPart>();
        for (var detail : new Props(row.extra()).list("details")) {
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

    private static ReportDocument.ProjectPart project(ReportReader.Row row, AmountUnit reportUnit) {
        var p = new Props(row.props());
        var unit = AmountUnit.valueOf(p.string("statedUnit"));
        var extra = new Props(row.extra());
        var funds = extra.list("funds").stream().map(f -> new Props(asMap(f))).map(f ->
                new ReportDocument.ProjectFundPart(f.string("label"), f.amount("budgetInitialFen", unit),
                        f.amount("budgetAdjustedFen", unit), f.amount("executedFen", unit), f.string("executionRate")))
                .toList();
        var indicators = extra.list("indicators").stream().map(i -> new Props(asMap(i))).map(i ->
                new ReportDocument.IndicatorPart(i.string("category"), i.string("subcategory"), i.string("name"),
                        i.string("target"), i.string("actual"), i.decimal("weight"), i.decimal("score"), i.string("note")))
                .toList();
        return new ReportDocument.ProjectPart(p.string("scope"), p.string("code"), p.string("name"),
                p.string("department"), p.string("implementer"), p.string("period"),
                p.amount("budgetInitialFen", unit), p.amount("budgetAdjustedFen", unit), p.amount("executedFen", unit),
                p.string("executionRate"), p.decimal("executionWeight"), p.decimal("executionScore"),
                p.decimal("score"), p.decimal("maxScore"), funds.isEmpty() ? null : funds, p.string("goal"),
                p.string("result"), indicators.isEmpty() ? null : indicators, unit == reportUnit ? null : unit.label(),
                p.string("table"), p.string("note"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }

    private static Map<String, List<ReportReader.Row>> byReport(List<ReportReader.Row> rows) {
        var result = new LinkedHashMap<String, List<ReportReader.Row>>();
        rows.forEach(row -> result.computeIfAbsent(row.reportId(), k -> new ArrayList<>()).add(row));
        return result;
    }

    private static <T> List<T> map(List<ReportReader.Row> rows, Function<ReportReader.Row, T> mapper) {
        return rows == null || rows.isEmpty() ? null : rows.stream().map(mapper).toList();
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
