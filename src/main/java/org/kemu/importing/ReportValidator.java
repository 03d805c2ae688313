package org.kemu.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kemu.api.Excerpt;
import org.kemu.classification.NameNormalizer;
import org.kemu.classification.Scheme;
import org.kemu.classification.Subject;
import org.kemu.classification.SubjectKey;
import org.kemu.format.FigureKey;
import org.kemu.format.ReportDocument;
import org.kemu.money.AmountUnit;
import org.kemu.report.Basis;
import org.kemu.report.Fund;
import org.kemu.performance.ProjectScope;
import org.kemu.report.ReportKind;

/**
 * Checks a parsed document against the format and the classification before anything is written. Each problem
 * names the file, the JSON path and the value.
 */
final class ReportValidator {

    private static final Set<String> THREE_PUBLIC_ITEMS =
            Set.of("TOTAL", "OUTBOUND", "VEHICLE_TOTAL", "VEHICLE_PURCHASE", "VEHICLE_OPERATION", "RECEPTION");

    /** The largest amount that fits in whole 分 in a signed 64-bit integer, rounded down to a readable bound. */
    private static final BigDecimal MAX_YUAN = new BigDecimal("90000000000000000");

    private final String file;
    private final String root;
    private final Map<SubjectKey, Subject> subjects;
    private final Set<String> knownRegions;
    private final List<ImportProblem> problems = new ArrayList<>();

    /**
     * @param subjects     the classification subjects the document's lines refer to, as found in the database
     * @param knownRegions the region codes of the document that exist
     */
    ReportValidator(String file, String root, Map<SubjectKey, Subject> subjects, Set<String> knownRegions) {
        this.file = file;
        this.root = root;
        this.subjects = subjects;
        this.knownRegions = knownRegions;
    }

    List<ImportProblem> validate(ReportDocument doc) {
        if (!ReportDocument.FORMAT.equals(doc.format())) {
            error("format", doc.format(), "expected \"" + ReportDocument.FORMAT + "\"");
        }
        validateUnit(doc);
        if (doc.year() == null) {
            error("year", null, "missing");
        } else if (doc.year() < 2000 || doc.year() > 2100) {
            error("year", doc.year(), "outside 2000–2100");
        }
        enumValue("kind", doc.kind(), ReportKind.class, true);
        if (doc.source() == null || blank(doc.source().document())) {
            error("source.document", null, "missing: every report must name its source document");
        }
        var unit = unitOf("amountUnit", doc.amountUnit(), null);
        if (doc.amountUnit() == null) {
            error("amountUnit", null, "missing: say which unit (元 or 万元) the document states amounts in");
        }
        validateStaff(doc);
        validateLines(doc, unit);
        validateFigures(doc, unit);
        validateThreePublic(doc, unit);
        validateProjects(doc, unit);
        var counts = list(doc.counts());
        for (int i = 0; i < counts.size(); i++) {
            var count = counts.get(i);
            if (blank(count.key())) {
                error("counts[" + i + "].key", null, "missing");
            }
            if (count.value() == null) {
                error("counts[" + i + "].value", null, "missing");
            }
        }
        var glossary = list(doc.glossary());
        for (int i = 0; i < glossary.size(); i++) {
            if (blank(glossary.get(i).term()) || blank(glossary.get(i).text())) {
                error("glossary[" + i + "]", null, "a glossary entry needs a term and a text");
            }
        }
        return problems;
    }

    private void validateUnit(ReportDocument doc) {
        if (doc.unit() == null) {
            error("unit", null, "missing");
            return;
        }
        if (blank(doc.unit().name())) {
            error("unit.name", null, "missing");
        }
        var region = doc.unit().regionCode();
        if (blank(region)) {
            error("unit.regionCode", null, "missing");
        } else if (!knownRegions.contains(region)) {
            error("unit.regionCode", region, "unknown region code");
        }
    }

    private void validateStaff(ReportDocument doc) {
        var staff = doc.staff();
        if (staff == null) {
            return;
        }
        count("staff.authorized", staff.authorized());
        count("staff.actual", staff.actual());
        count("staff.retired", staff.retired());
        count("staff.contract", staff.contract());
        var details = list(staff.details());
        for (int i = 0; i < details.size(); i++) {
            count("staff.details[" + i + "].count", details.get(i).count());
        }
    }

    private void count(String at, Integer value) {
        if (value != null && value < 0) {
            error(at, value, "negative count: staff are counted in whole people, 0 or more");
        }
    }

    private void validateLines(ReportDocument doc, AmountUnit defaultUnit) {
        var lines = list(doc.lines());
        var seen = new HashSet<String>();
        for (int i = 0; i < lines.size(); i++) {
            var line = lines.get(i);
            var at = "lines[" + i + "]";
            var scheme = enumValue(at + ".scheme", line.scheme(), Scheme.class, true);
            var fund = enumValue(at + ".fund", line.fund(), Fund.class, true);
            if (scheme != null) {
                if (!scheme.isWellFormed(line.code())) {
                    error(at + ".code", line.code(), "not a " + scheme + " code: expected " + scheme.describeCodeShape());
                } else {
                    var subject = subjects.get(new SubjectKey(scheme, line.code()));
                    if (subject == null) {
                        error(at + ".code", line.code(), "unknown " + scheme + " code");
                    } else if (line.name() != null && !namesMatch(line.name(), subject)) {
                        warning(at + ".name", line.name(), "the classification names " + line.code() + " \""
                                + subject.name() + "\"; the document says \"" + Excerpt.of(line.name()) + "\"");
                    }
                }
            }
            if (scheme != null && fund != null && !seen.add(scheme + ":" + line.code() + ":" + fund)) {
                error(at, line.code(), "duplicate line: " + scheme + " " + line.code() + " with fund " + fund
                        + " appears more than once (merge the measures into one line)");
            }
            var unit = unitOf(at + ".unit", line.unit(), defaultUnit);
            amount(at + ".total", line.total(), unit, false);
            amount(at + ".basic", line.basic(), unit, false);
            amount(at + ".personnel", line.personnel(), unit, false);
            amount(at + ".publicUse", line.publicUse(), unit, false);
            amount(at + ".project", line.project(), unit, false);
            amount(at + ".budgetInitial", line.budgetInitial(), unit, false);
            amount(at + ".budgetAdjusted", line.budgetAdjusted(), unit, false);
        }
    }

    private void validateFigures(ReportDocument doc, AmountUnit defaultUnit) {
        var figures = list(doc.figures());
        for (int i = 0; i < figures.size(); i++) {
            var figure = figures.get(i);
            var at = "figures[" + i + "]";
            enumValue(at + ".key", figure.key(), FigureKey.class, true);
            if (figure.fund() != null) {
                enumValue(at + ".fund", figure.fund(), Fund.class, false);
            }
            enumValue(at + ".basis", figure.basis(), Basis.class, false);
            if (figure.amount() == null) {
                error(at + ".amount", null, "missing");
            }
            var changeAllowed = Basis.STATED_CHANGE.name().equals(figure.basis());
            amount(at + ".amount", figure.amount(), unitOf(at + ".unit", figure.unit(), defaultUnit), changeAllowed);
        }
    }

    private void validateThreePublic(ReportDocument doc, AmountUnit defaultUnit) {
        var items = list(doc.threePublic());
        for (int i = 0; i < items.size(); i++) {
            var item = items.get(i);
            var at = "threePublic[" + i + "]";
            if (!THREE_PUBLIC_ITEMS.contains(item.item())) {
                error(at + ".item", item.item(), "expected one of " + THREE_PUBLIC_ITEMS);
            }
            if (item.fund() != null) {
                enumValue(at + ".fund", item.fund(), Fund.class, false);
            }
            var unit = unitOf(at + ".unit", item.unit(), defaultUnit);
            amount(at + ".budget", item.budget(), unit, false);
            amount(at + ".actual", item.actual(), unit, false);
            var details = list(item.details());
            for (int j = 0; j < details.size(); j++) {
                var detailAt = at + ".details[" + j + "]";
                amount(detailAt + ".amount", details.get(j).amount(),
                        unitOf(detailAt + ".unit", details.get(j).unit(), unit), false);
            }
        }
    }

    private void validateProjects(ReportDocument doc, AmountUnit defaultUnit) {
        var projects = list(doc.projects());
        for (int i = 0; i < projects.size(); i++) {
            var project = projects.get(i);
            var at = "projects[" + i + "]";
            enumValue(at + ".scope", project.scope(), ProjectScope.class, true);
            if (blank(project.name())) {
                error(at + ".name", null, "missing");
            }
            var unit = unitOf(at + ".unit", project.unit(), defaultUnit);
            amount(at + ".budgetInitial", project.budgetInitial(), unit, false);
            amount(at + ".budgetAdjusted", project.budgetAdjusted(), unit, false);
            amount(at + ".executed", project.executed(), unit, false);
            var funds = list(project.funds());
            for (int j = 0; j < funds.size(); j++) {
                var fundAt = at + ".funds[" + j + "]";
                amount(fundAt + ".budgetInitial", funds.get(j).budgetInitial(), unit, false);
                amount(fundAt + ".budgetAdjusted", funds.get(j).budgetAdjusted(), unit, false);
                amount(fundAt + ".executed", funds.get(j).executed(), unit, false);
            }
            var indicators = list(project.indicators());
            for (int j = 0; j < indicators.size(); j++) {
                if (blank(indicators.get(j).name())) {
                    error(at + ".indicators[" + j + "].name", null, "missing");
                }
            }
        }
    }

    private static boolean namesMatch(String stated, Subject subject) {
        var normalized = NameNormalizer.normalize(stated);
        if (NameNormalizer.normalize(subject.name()).equals(normalized)) {
            return true;
        }
        return subject.formerNames().stream().anyMatch(f -> NameNormalizer.normalize(f.name()).equals(normalized));
    }

    private AmountUnit unitOf(String at, String label, AmountUnit fallback) {
        if (label == null) {
            return fallback;
        }
        var unit = AmountUnit.ofLabel(label);
        if (unit == null) {
            error(at, label, "unknown amount unit: expected 元 or 万元");
            return fallback;
        }
        return unit;
    }

    private void amount(String at, BigDecimal value, AmountUnit unit, boolean negativeAllowed) {
        if (value == null || unit == null) {
            return;
        }
        if (!negativeAllowed && value.signum() < 0) {
            error(at, value.toPlainString(), "negative amount");
        }
        var maxScale = unit == AmountUnit.YUAN ? 2 : 6;
        if (value.stripTrailingZeros().scale() > maxScale) {
            error(at, value.toPlainString(), "more than " + maxScale + " decimals in " + unit.label()
                    + " (finer than 1 分)");
        } else if (value.abs().compareTo(MAX_YUAN.movePointLeft(unit == AmountUnit.YUAN ? 0 : 4)) > 0) {
            error(at, value.toPlainString(), "too large: amounts are limited to " + MAX_YUAN.toPlainString() + " 元");
        }
    }

    private <E extends Enum<E>> E enumValue(String at, String value, Class<E> type, boolean required) {
        if (value == null) {
            if (required) {
                error(at, null, "missing");
            }
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            error(at, value, "expected one of " + java.util.Arrays.toString(type.getEnumConstants()));
            return null;
        }
    }

    private void error(String path, Object value, String message) {
        problems.add(new ImportProblem(ImportProblem.Severity.ERROR, file, root + "." + path,
                value == null ? null : String.valueOf(value), message));
    }

    private void warning(String path, Object value, String message) {
        problems.add(new ImportProblem(ImportProblem.Severity.WARNING, file, root + "." + path,
                value == null ? null : String.valueOf(value), message));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }
}
