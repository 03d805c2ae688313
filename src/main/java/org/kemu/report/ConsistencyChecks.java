package org.kemu.report;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.kemu.classification.Scheme;
import org.kemu.money.AmountUnit;
import org.kemu.money.Money;

/**
 * The 勾稽关系 of a disclosure: stated totals against the sums of their stated parts. Only discrepancies are
 * reported. A difference within the accumulated rounding of the figures involved (each figure stated in 万元 is
 * rounded to 0.01 万元, so carries up to 50 元 of rounding; each figure in 元 up to 0.005 元) is INFO.
 */
public final class ConsistencyChecks {

    private static final long WAN_YUAN_ROUNDING_FEN = 5_000;
    private static final double WARNING_SHARE = 0.005;

    private ConsistencyChecks() {
    }

    public static List<Check> of(Report report, List<Line> lines, List<Figure> figures, List<ThreePublicItem> threePublic) {
        var checks = new ArrayList<Check>();
        var groups = lines.stream().collect(Collectors.groupingBy(l -> l.subject().scheme() + ":" + l.fund(),
                LinkedHashMap::new, Collectors.toList()));
        for (var group : groups.values()) {
            checks.addAll(parentsAgainstChildren(group));
            checks.addAll(topLinesAgainstTotal(report, group, figures));
        }
        for (var line : lines) {
            checks.addAll(lineParts(line));
        }
        checks.addAll(figureParts(report, figures));
        checks.addAll(threePublicParts(threePublic));
        return checks;
    }

    /** Every stated 类 and 款 against the sum of its nearest stated descendants, for each measure it states. */
    private static List<Check> parentsAgainstChildren(List<Line> group) {
        var checks = new ArrayList<Check>();
        var nearestBelow = nearestBelow(group);
        for (var parent : group) {
            var children = nearestBelow.get(parent.subject().code());
            if (children == null) {
                continue;
            }
            for (var measure : Measure.values()) {
                var expected = parent.fen(measure);
                if (expected == null || children.stream().anyMatch(c -> c.fen(measure) == null)) {
                    continue;
                }
                var parts = children.stream().map(c -> new Part(c.fen(measure), c.source().unit())).toList();
                compare("PARENT_EQUALS_CHILDREN", parent, expected, parent.source().unit(), parts,
                        () -> describe(parent) + " " + measureName(measure) + " (" + parent.fund() + ")",
                        () -> children.size() + " stated " + levelName(children) + " lines below it sum to")
                        .ifPresent(checks::add);
            }
        }
        return checks;
    }

    /** The report's top stated lines (its 类, or whatever it states highest) against its stated totals. */
    private static List<Check> topLinesAgainstTotal(Report report, List<Line> group, List<Figure> figures) {
        var first = group.getFirst();
        if (first.subject().scheme() != Scheme.FUNCTION) {
            return List.of();
        }
        var codes = statedCodes(group);
        var top = group.stream().filter(l -> nearestStatedAbove(l.subject().code(), codes).isEmpty()).toList();
        var checks = new ArrayList<Check>();
        var basis = Basis.statedBy(report.kind());
        // in this order on every run: Map.of would iterate in an order that changes from one JVM to the next
        for (var entry : List.of(Map.entry(Measure.TOTAL, "EXPENDITURE_TOTAL"), Map.entry(Measure.BASIC, "EXPENDITURE_BASIC"),
                Map.entry(Measure.PROJECT, "EXPENDITURE_PROJECT"))) {
            var measure = entry.getKey();
            var stated = figures.stream()
                    .filter(f -> f.key().equals(entry.getValue()) && f.basis() == basis && f.year() == report.year())
                    .filter(f -> f.fund() == first.fund())
                    .findFirst();
            if (stated.isEmpty() || top.stream().anyMatch(l -> l.fen(measure) == null)) {
                continue;
            }
            var parts = top.stream().map(l -> new Part(l.fen(measure), l.source().unit())).toList();
            var figure = stated.get();
            compare("CLASSES_EQUAL_TOTAL", null, figure.amountFen(), figure.source().unit(), parts,
                    () -> figure.label() == null ? entry.getValue() : figure.label() + " (" + figure.fund() + ")",
                    () -> "its " + top.size() + " top-level " + levelName(top) + " lines sum to").ifPresent(checks::add);
        }
        return checks;
    }

    private static List<Check> lineParts(Line line) {
        var checks = new ArrayList<Check>();
        if (line.totalFen() != null && line.basicFen() != null && line.projectFen() != null) {
            compare("BASIC_PLUS_PROJECT", line, line.totalFen(), line.source().unit(),
                    List.of(new Part(line.basicFen(), line.source().unit()), new Part(line.projectFen(), line.source().unit())),
                    () -> describe(line) + " total (" + line.fund() + ")", () -> "basic + project =").ifPresent(checks::add);
        }
        if (line.basicFen() != null && line.personnelFen() != null && line.publicUseFen() != null) {
            compare("PERSONNEL_PLUS_PUBLIC_USE", line, line.basicFen(), line.source().unit(),
                    List.of(new Part(line.personnelFen(), line.source().unit()), new Part(line.publicUseFen(), line.source().unit())),
                    () -> describe(line) + " basic (" + line.fund() + ")", () -> "人员经费 + 公用经费 =")
                    .ifPresent(checks::add);
        }
        return checks;
    }

    /** Identities between the report's own headline figures, within each (fund, basis, year). */
    private static List<Check> figureParts(Report report, List<Figure> figures) {
        var checks = new ArrayList<Check>();
        var groups = figures.stream().filter(f -> f.basis() != Basis.STATED_CHANGE)
                .collect(Collectors.groupingBy(f -> f.fund() + " " + f.basis() + " " + f.year(), LinkedHashMap::new,
                        Collectors.toMap(Figure::key, Function.identity(), (a, b) -> a, LinkedHashMap::new)));
        for (var entry : groups.entrySet()) {
            var byKey = entry.getValue();
            rule(checks, "BASIC_PLUS_PROJECT", byKey, "EXPENDITURE_TOTAL", List.of("EXPENDITURE_BASIC", "EXPENDITURE_PROJECT"), entry.getKey());
            rule(checks, "PERSONNEL_PLUS_PUBLIC_USE", byKey, "EXPENDITURE_BASIC", List.of("EXPENDITURE_PERSONNEL", "EXPENDITURE_PUBLIC_USE"), entry.getKey());
            rule(checks, "INCOME_EQUALS_EXPENDITURE", byKey, "INCOME_GRAND_TOTAL", List.of("EXPENDITURE_GRAND_TOTAL"), entry.getKey());
        }
        return checks;
    }

    private static void rule(List<Check> checks, String rule, Map<String, Figure> byKey, String totalKey,
                             List<String> partKeys, String scope) {
        var total = byKey.get(totalKey);
        if (total == null || partKeys.stream().anyMatch(k -> !byKey.containsKey(k))) {
            return;
        }
        var parts = partKeys.stream().map(byKey::get).map(f -> new Part(f.amountFen(), f.source().unit())).toList();
        compare(rule, null, total.amountFen(), total.source().unit(), parts,
                () -> Objects.toString(total.label(), totalKey) + " (" + scope + ")",
                () -> partKeys.stream().map(k -> Objects.toString(byKey.get(k).label(), k))
                        .collect(Collectors.joining(" + ")) + " =").ifPresent(checks::add);
    }

    private static List<Check> threePublicParts(List<ThreePublicItem> items) {
        var checks = new ArrayList<Check>();
        var byFund = items.stream().collect(Collectors.groupingBy(ThreePublicItem::fund, LinkedHashMap::new,
                Collectors.toMap(ThreePublicItem::item, Function.identity(), (a, b) -> a)));
        for (var group : byFund.values()) {
            var vehicles = group.containsKey("VEHICLE_TOTAL") ? List.of("VEHICLE_TOTAL")
                    : List.of("VEHICLE_PURCHASE", "VEHICLE_OPERATION");
            var totalParts = new ArrayList<String>();
            totalParts.add("OUTBOUND");
            totalParts.addAll(vehicles);
            totalParts.add("RECEPTION");
            for (var actual : List.of(true, false)) {
                threePublicRule(checks, group, "TOTAL", totalParts, actual);
                threePublicRule(checks, group, "VEHICLE_TOTAL", List.of("VEHICLE_PURCHASE", "VEHICLE_OPERATION"), actual);
            }
        }
        return checks;
    }

    private static void threePublicRule(List<Check> checks, Map<String, ThreePublicItem> group, String totalItem,
                                        List<String> partItems, boolean actual) {
        Function<ThreePublicItem, Long> amount = actual ? ThreePublicItem::actualFen : ThreePublicItem::budgetFen;
        var total = group.get(totalItem);
        if (total == null || amount.apply(total) == null
                || partItems.stream().anyMatch(p -> !group.containsKey(p) || amount.apply(group.get(p)) == null)) {
            return;
        }
        var parts = partItems.stream().map(group::get).map(i -> new Part(amount.apply(i), i.source().unit())).toList();
        compare("THREE_PUBLIC_PARTS", null, amount.apply(total), total.source().unit(), parts,
                () -> "“三公” " + Objects.toString(total.label(), totalItem) + (actual ? " 决算" : " 预算"),
                () -> String.join(" + ", partItems) + " =").ifPresent(checks::add);
    }

    private record Part(long fen, AmountUnit unit) {
    }

    private static java.util.Optional<Check> compare(String rule, Line subjectLine, long expectedFen, AmountUnit expectedUnit,
                                                     List<Part> parts, Supplier<String> what,
                                                     Supplier<String> partsPhrase) {
        var actualFen = parts.stream().mapToLong(Part::fen).sum();
        var difference = actualFen - expectedFen;
        if (difference == 0) {
            return java.util.Optional.empty();
        }
        var tolerance = rounding(expectedUnit) + parts.stream().mapToLong(p -> rounding(p.unit())).sum();
        var magnitude = Math.abs(difference);
        Check.Severity severity;
        String verdict;
        if (2 * magnitude <= tolerance) {
            severity = Check.Severity.INFO;
            verdict = "within rounding of " + (parts.size() + 1) + " figures";
        } else if (magnitude <= Math.abs(expectedFen) * WARNING_SHARE) {
            severity = Check.Severity.WARNING;
            verdict = "beyond rounding, under 0.5% of the total";
        } else {
            severity = Check.Severity.ERROR;
            verdict = "beyond rounding";
        }
        // the words are put together only for a discrepancy: most figures add up, and a load checks millions
        var message = what.get() + ": stated " + yuan(expectedFen) + ", " + partsPhrase.get() + " " + yuan(actualFen)
                + " (difference " + yuan(difference) + ", " + verdict + ")";
        return java.util.Optional.of(new Check(rule, subjectLine == null ? null : subjectLine.subject(),
                Money.fromFen(expectedFen, AmountUnit.YUAN), Money.fromFen(actualFen, AmountUnit.YUAN),
                Money.fromFen(difference, AmountUnit.YUAN), severity, message));
    }

    /** Twice the largest rounding error of one figure, in 分 (kept doubled to stay in whole numbers). */
    private static long rounding(AmountUnit unit) {
        return unit == AmountUnit.WAN_YUAN ? 2 * WAN_YUAN_ROUNDING_FEN : 1;
    }

    /**
     * Each stated code's nearest stated descendants: the lines whose closest stated ancestor it is, in code order.
     * Found through each line's prefixes rather than by comparing every pair, since a load checks millions of lines.
     */
    private static Map<String, List<Line>> nearestBelow(List<Line> group) {
        var stated = statedCodes(group);
        var below = new HashMap<String, List<Line>>();
        for (var line : group) {
            nearestStatedAbove(line.subject().code(), stated)
                    .ifPresent(parent -> below.computeIfAbsent(parent, code -> new ArrayList<>()).add(line));
        }
        below.values().forEach(lines -> lines.sort(Comparator.comparing(l -> l.subject().code())));
        return below;
    }

    private static Set<String> statedCodes(List<Line> group) {
        return group.stream().map(l -> l.subject().code()).collect(Collectors.toSet());
    }

    /** The longest stated code that is a proper prefix of {@code code}: its closest stated ancestor, if any. */
    private static java.util.Optional<String> nearestStatedAbove(String code, Set<String> stated) {
        for (int length = code.length() - 1; length > 0; length--) {
            var prefix = code.substring(0, length);
            if (stated.contains(prefix)) {
                return java.util.Optional.of(prefix);
            }
        }
        return java.util.Optional.empty();
    }

    private static String describe(Line line) {
        return line.subject().code() + (line.statedName() == null ? "" : " " + line.statedName());
    }

    private static String levelName(List<Line> lines) {
        return lines.stream().map(l -> l.level().chineseName()).distinct().collect(Collectors.joining("/"));
    }

    private static String measureName(Measure measure) {
        return switch (measure) {
            case TOTAL -> "total";
            case BASIC -> "basic";
            case PROJECT -> "project";
            case BUDGET_INITIAL -> "initial budget";
            case BUDGET_ADJUSTED -> "adjusted budget";
        };
    }

    private static String yuan(long fen) {
        return new DecimalFormat("#,##0.00").format(Money.fromFen(fen, AmountUnit.YUAN)) + " 元";
    }
}
