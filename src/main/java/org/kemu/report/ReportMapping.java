package org.kemu.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.kemu.classification.Scheme;
import org.kemu.classification.SubjectKey;
import org.kemu.money.AmountUnit;
import org.neo4j.driver.Value;

/**
 * Turns stored properties into report records. The same mapping serves rows read from the graph and rows an
 * import is about to write, so checks run on either see identical records.
 */
public final class ReportMapping {

    private ReportMapping() {
    }

    public static Report report(Value r) {
        var unit = AmountUnit.valueOf(r.get("amountUnit").asString());
        return new Report(r.get("id").asString(), r.get("unitId").asString(), r.get("year").asInt(),
                ReportKind.valueOf(r.get("kind").asString()), unit,
                new Source(r.get("sourceDocument").asString(), r.get("sourceTitle").asString(null),
                        r.get("sourceUrl").asString(null), null, unit, r.get("sourceNote").asString(null)),
                r.get("divisions").asList(Value::asString, List.of()), r.get("notes").asList(Value::asString, List.of()),
                r.get("staffStated").asBoolean(false) ? staff(r) : null);
    }

    static Staff staff(Value r) {
        var labels = r.get("staffDetailLabels").asList(Value::asString, List.of());
        var counts = r.get("staffDetailCounts").asList(Value::asInt, List.of());
        var details = new ArrayList<Staff.StaffCount>();
        for (int i = 0; i < labels.size() && i < counts.size(); i++) {
            details.add(new Staff.StaffCount(labels.get(i), counts.get(i)));
        }
        return new Staff(integer(r.get("staffAuthorized")), integer(r.get("staffActual")),
                integer(r.get("staffRetired")), integer(r.get("staffContract")), List.copyOf(details),
                r.get("staffAsOf").asString(null), r.get("year").asInt());
    }

    public static Line line(Value l, Value r) {
        return new Line(l.get("reportId").asString(),
                new SubjectKey(Scheme.valueOf(l.get("scheme").asString()), l.get("code").asString()),
                l.get("statedName").asString(null), Fund.valueOf(l.get("fund").asString()),
                l.get("primary").asBoolean(), l.get("finest").asBoolean(),
                fen(l.get("totalFen")), fen(l.get("basicFen")), fen(l.get("projectFen")),
                fen(l.get("budgetInitialFen")), fen(l.get("budgetAdjustedFen")),
                fen(l.get("personnelFen")), fen(l.get("publicUseFen")), source(r, l));
    }

    public static Figure figure(Value f, Value r) {
        return new Figure(f.get("key").asString(), f.get("label").asString(null), f.get("amountFen").asLong(),
                Fund.valueOf(f.get("fund").asString()), Basis.valueOf(f.get("basis").asString()), f.get("year").asInt(),
                f.get("reason").asString(null), source(r, f));
    }

    public static ThreePublicItem threePublic(Value t, Value details, Value r) {
        var parts = details.asList(d -> new ThreePublicItem.Detail(d.get("label").asString(),
                fen(d.get("amountFen")), integer(d.get("batches")), integer(d.get("people"))), List.of());
        return new ThreePublicItem(t.get("item").asString(), t.get("label").asString(null),
                Fund.valueOf(t.get("fund").asString()), fen(t.get("budgetFen")), fen(t.get("actualFen")),
                integer(t.get("batches")), integer(t.get("people")), integer(t.get("vehicles")), parts, source(r, t));
    }

    /** The report's document with the part's own table, unit and note. */
    public static Source source(Value report, Value part) {
        var stated = part.get("statedUnit").asString(null);
        return new Source(report.get("sourceDocument").asString(), report.get("sourceTitle").asString(null),
                report.get("sourceUrl").asString(null), part.get("table").asString(null),
                stated == null ? AmountUnit.valueOf(report.get("amountUnit").asString()) : AmountUnit.valueOf(stated),
                part.get("note").asString(null));
    }

    static Long fen(Value value) {
        return value == null || value.isNull() ? null : value.asLong();
    }

    static Integer integer(Value value) {
        return value == null || value.isNull() ? null : value.asInt();
    }

    static BigDecimal decimal(Value value) {
        return value == null || value.isNull() ? null : new BigDecimal(value.asString());
    }
}
