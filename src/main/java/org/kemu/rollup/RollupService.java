package org.kemu.rollup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.kemu.api.BadInputException;
import org.kemu.api.Excerpt;
import org.kemu.classification.ClassificationService;
import org.kemu.classification.Scheme;
import org.kemu.classification.SubjectKey;
import org.kemu.classification.SubjectLevel;
import org.kemu.money.AmountUnit;
import org.kemu.money.Money;
import org.kemu.region.RegionService;
import org.kemu.report.Measure;
import org.kemu.report.PerStaff;
import org.kemu.report.StaffBasis;
import org.kemu.report.ReportService;
import org.springframework.stereotype.Service;

/** Roll-ups and comparisons over the expense lines of many reports. */
@Service
public class RollupService {

    /** The most rows a roll-up or comparison returns (its cap in the schema). */
    private static final int MAX_ROWS = 2000;

    private final RollupRepository repository;
    private final ClassificationService classification;
    private final RegionService regions;
    private final ReportService reports;

    RollupService(RollupRepository repository, ClassificationService classification, RegionService regions,
                  ReportService reports) {
        this.repository = repository;
        this.classification = classification;
        this.regions = regions;
        this.reports = reports;
    }

    /**
     * @param detail whether the rows need report counts, execution rates and per-staff figures; without them
     *               those are 0 or null and the roll-up costs less
     */
    public List<RollupRow> rollup(LineFilter filter, SubjectLevel level, String under, List<Dimension> groupBy,
                                  Measure measure, AmountUnit unit, boolean detail, RollupOptions options) {
        var dimensions = groupBy == null || groupBy.isEmpty() ? EnumSet.noneOf(Dimension.class) : EnumSet.copyOf(groupBy);
        validate(filter.scheme(), level, under);
        var first = firstOf(options.first());
        var wholeReport = under == null && !dimensions.contains(Dimension.SUBJECT) && filter.fund() == null;
        var aggregates = repository.aggregate(List.of(side("rollup", filter)), measure.property(), level.codeLength(),
                under, dimensions, detail, wholeReport);
        if (aggregates.isEmpty()) {
            requireKnown(filter);
        }
        var complete = aggregates.stream().filter(a -> a.lineCount() > 0 && !isCoarse(a, level)).toList();
        var denominators = new HashMap<List<Object>, Long>();
        for (var aggregate : complete) {
            denominators.merge(otherDimensions(aggregate, dimensions), aggregate.fen(), Long::sum);
        }
        var rows = new ArrayList<RollupRow>();
        for (var aggregate : aggregates) {
            if (aggregate.lineCount() == 0) {
                continue;
            }
            var coarse = isCoarse(aggregate, level);
            var denominator = denominators.get(otherDimensions(aggregate, dimensions));
            var share = coarse || denominator == null || denominator == 0 ? null : (double) aggregate.fen() / denominator;
            var perStaff = perStaff(aggregate, filter, measure, unit, options.perStaffBasis(), detail);
            rows.add(new RollupRow(
                    aggregate.code() == null ? null : new SubjectKey(filter.scheme(), aggregate.code()),
                    aggregate.unitId(), aggregate.regionCode(), aggregate.year(),
                    Money.fromFen(aggregate.fen(), unit), share, aggregate.lineCount(), aggregate.reportCount(),
                    note(aggregate, level, coarse), Money.ratio(aggregate.executedFen(), aggregate.budgetFen()),
                    perStaff.amount(), perStaff.note(), aggregate.funds()));
        }
        rows.sort(Comparator.comparing((RollupRow r) -> r.subject() == null ? "" : r.subject().code())
                .thenComparing(r -> Objects.toString(r.regionCode(), ""))
                .thenComparing(r -> Objects.toString(r.unitId(), ""))
                .thenComparing(r -> r.year() == null ? 0 : r.year()));
        var ordered = switch (options.orderBy()) {
            case SUBJECT -> rows;
            case AMOUNT_DESC -> sorted(rows, RollupRow::amount, true);
            case AMOUNT_ASC -> sorted(rows, RollupRow::amount, false);
            case PER_STAFF_DESC -> sorted(rows, RollupRow::perStaff, true);
            case PER_STAFF_ASC -> sorted(rows, RollupRow::perStaff, false);
        };
        return first == null ? ordered : ordered.subList(0, Math.min(first, ordered.size()));
    }

    /**
     * The roll-up's per-staff figure for a row of one unit in one year, computed as {@code Report.perStaff} is:
     * a row that is the whole report divides the total the report states (its lines may sum to a little more or
     * less, each rounded in the document), any other row its own amount.
     */
    private static PerStaff perStaff(Aggregate aggregate, LineFilter filter, Measure measure, AmountUnit unit,
                                     StaffBasis basis, boolean wanted) {
        if (!wanted) {
            return new PerStaff(null, null, null);
        }
        if (aggregate.onlyUnit() == null) {
            return new PerStaff(null, null, "per staff needs a row of one unit in one year: group by UNIT and YEAR"
                    + " (or filter one unit and one year)");
        }
        var stated = ReportService.statedTotalFen(filter.kind(), aggregate.onlyYear(), measure, aggregate.statedTotals());
        var perStaff = PerStaff.of(stated == null ? aggregate.fen() : stated, unit, basis, aggregate.staff(),
                measure.name());
        if (perStaff.amount() != null && stated != null && stated != aggregate.fen()) {
            return new PerStaff(perStaff.amount(), perStaff.staff(), "divides the report's stated total "
                    + yuan(stated) + " 元 (its lines sum to " + yuan(aggregate.fen()) + " 元) by "
                    + perStaff.staff() + " " + basis.chineseName());
        }
        return perStaff;
    }

    private static <T, V extends Comparable<V>> List<T> sorted(List<T> rows, java.util.function.Function<T, V> value,
                                                               boolean descending) {
        return rows.stream().sorted(Comparator.comparing(value, Comparator.nullsLast(
                descending ? Comparator.<V>reverseOrder() : Comparator.<V>naturalOrder()))).toList();
    }

    private static String yuan(long fen) {
        return String.format(java.util.Locale.ROOT, "%,.2f", Money.fromFen(fen, AmountUnit.YUAN));
    }

    private static Integer firstOf(Integer first) {
        if (first != null && (first < 0 || first > MAX_ROWS)) {
            throw new BadInputException("first must be between 0 and " + MAX_ROWS + ", got " + first);
        }
        return first;
    }

    /** The units of the filter that contributed nothing, each with the year and the reason. */
    public List<RollupGap> gaps(LineFilter filter, String under, Measure measure) {
        if (under != null) {
            classification.requireWellFormed(filter.scheme(), under);
        }
        var side = side("gaps", filter);
        var rows = repository.gaps(side, measure.property(), under);
        if (rows.isEmpty()) {
            requireKnown(filter);
        }
        var years = filter.years() == null || filter.years().isEmpty() ? null : new java.util.TreeSet<>(filter.years());
        var gaps = new ArrayList<RollupGap>();
        var kind = filter.kind();
        var byUnit = rows.stream().collect(java.util.stream.Collectors.groupingBy(RollupRepository.UnitReport::unitId,
                java.util.LinkedHashMap::new, java.util.stream.Collectors.toList()));
        for (var entry : byUnit.entrySet()) {
            var unit = entry.getKey();
            var reports = entry.getValue().stream().filter(r -> r.year() != null).toList();
            if (years == null && reports.isEmpty()) {
                gaps.add(new RollupGap(unit, null, GapReason.NO_REPORT, "no " + kind + " report of any year"));
            }
            if (years != null) {
                for (var year : years) {
                    if (reports.stream().noneMatch(r -> r.year() == year.intValue())) {
                        gaps.add(new RollupGap(unit, year, GapReason.NO_REPORT, "no " + kind + " report for " + year));
                    }
                }
            }
            for (var report : reports) {
                if (report.lines() == 0) {
                    gaps.add(new RollupGap(unit, report.year(), GapReason.NO_LINES, "its " + report.year() + " "
                            + kind + " report states no " + filter.scheme() + " lines (" + report.figures()
                            + " other figures, such as totals)"));
                } else if (report.matching() == 0) {
                    gaps.add(new RollupGap(unit, report.year(), GapReason.NOTHING_MATCHING, "none of its "
                            + report.lines() + " " + report.year() + " lines states " + measure
                            + (filter.fund() == null ? "" : " for fund " + filter.fund())
                            + (under == null ? "" : " under " + under)));
                }
            }
        }
        return gaps;
    }

    public List<ComparisonRow> compare(LineFilter left, LineFilter right, SubjectLevel level, String under,
                                       Measure measure, AmountUnit unit, ComparisonOrder orderBy, Integer first) {
        var limit = firstOf(first);
        if (left.scheme() != right.scheme()) {
            throw new BadInputException("left and right must use the same scheme, got " + left.scheme() + " and "
                    + right.scheme());
        }
        validate(left.scheme(), level, under);
        var aggregates = repository.aggregate(List.of(side("left", left), side("right", right)), measure.property(),
                level.codeLength(), under, EnumSet.of(Dimension.SUBJECT), false, false);
        if (aggregates.stream().noneMatch(a -> "left".equals(a.side()))) {
            requireKnown(left);
        }
        if (aggregates.stream().noneMatch(a -> "right".equals(a.side()))) {
            requireKnown(right);
        }
        var byCode = new TreeMap<String, Long[]>();
        for (var aggregate : aggregates) {
            if (aggregate.lineCount() == 0) {
                continue;
            }
            var sides = byCode.computeIfAbsent(aggregate.code(), code -> new Long[2]);
            sides["left".equals(aggregate.side()) ? 0 : 1] = aggregate.fen();
        }
        var subjects = classification.byKeys(byCode.keySet().stream()
                .map(code -> new SubjectKey(left.scheme(), code)).toList());
        var rows = new ArrayList<ComparisonRow>();
        for (var entry : byCode.entrySet()) {
            var leftFen = entry.getValue()[0];
            var rightFen = entry.getValue()[1];
            var delta = leftFen == null || rightFen == null ? null : rightFen - leftFen;
            var pct = leftFen == null || rightFen == null || leftFen == 0 ? null : (double) (rightFen - leftFen) / leftFen;
            rows.add(new ComparisonRow(subjects.get(new SubjectKey(left.scheme(), entry.getKey())),
                    Money.fromFen(leftFen, unit), Money.fromFen(rightFen, unit), Money.fromFen(delta, unit), pct));
        }
        var ordered = switch (orderBy == null ? ComparisonOrder.SUBJECT : orderBy) {
            case SUBJECT -> rows;
            case DELTA_DESC -> sorted(rows, ComparisonRow::delta, true);
            case DELTA_ASC -> sorted(rows, ComparisonRow::delta, false);
            case PCT_CHANGE_DESC -> sorted(rows, ComparisonRow::pctChange, true);
            case PCT_CHANGE_ASC -> sorted(rows, ComparisonRow::pctChange, false);
            case LEFT_DESC -> sorted(rows, ComparisonRow::left, true);
            case RIGHT_DESC -> sorted(rows, ComparisonRow::right, true);
        };
        return limit == null ? ordered : ordered.subList(0, Math.min(limit, ordered.size()));
    }

    private void validate(Scheme scheme, SubjectLevel level, String under) {
        if (level.codeLength() > scheme.finestLevel().codeLength()) {
            throw new BadInputException("level " + level + " (" + level.chineseName() + ") does not exist in scheme "
                    + scheme + ": its finest level is " + scheme.finestLevel());
        }
        if (under != null) {
            classification.requireWellFormed(scheme, under);
        }
    }

    /**
     * A side of the roll-up query. Unit ids and region codes are not looked up first: a side that matches lines
     * names existing ones, and {@link #requireKnown} names the unknown ones when a side matches nothing.
     */
    private static Map<String, Object> side(String name, LineFilter filter) {
        var side = new HashMap<String, Object>();
        side.put("name", name);
        side.put("scheme", filter.scheme().name());
        side.put("kind", filter.kind().name());
        side.put("fund", filter.fund() == null ? null : filter.fund().name());
        side.put("years", filter.years() == null || filter.years().isEmpty() ? null : filter.years());
        side.put("unitIds", filter.unitIds() == null || filter.unitIds().isEmpty() ? null
                : List.copyOf(new LinkedHashSet<>(filter.unitIds())));
        if (filter.regionCodes() != null && !filter.regionCodes().isEmpty()) {
            var codes = filter.regionCodes().stream().map(RegionService::normalize).distinct().toList();
            // a region inside another listed region adds nothing, and would count its lines twice
            side.put("regions", codes.stream()
                    .filter(code -> codes.stream().noneMatch(other -> !other.equals(code) && code.startsWith(other)))
                    .toList());
        } else {
            side.put("regions", null);
        }
        return side;
    }

    /** Unknown unit ids or region codes in a filter are bad input, named; known ones with no lines are not. */
    private void requireKnown(LineFilter filter) {
        if (filter.unitIds() != null && !filter.unitIds().isEmpty()) {
            var unknown = reports.unknownUnits(filter.unitIds());
            if (!unknown.isEmpty()) {
                throw new BadInputException("unknown unit id" + (unknown.size() > 1 ? "s " : " ") + Excerpt.of(String.join(", ", unknown)));
            }
        }
        if (filter.regionCodes() != null && !filter.regionCodes().isEmpty()) {
            regions.require(filter.regionCodes());
        }
    }

    private static boolean isCoarse(Aggregate aggregate, SubjectLevel level) {
        return aggregate.code() != null && aggregate.code().length() < level.codeLength();
    }

    private static List<Object> otherDimensions(Aggregate aggregate, java.util.Set<Dimension> dimensions) {
        var key = new ArrayList<Object>();
        key.add(dimensions.contains(Dimension.UNIT) ? aggregate.unitId() : null);
        key.add(dimensions.contains(Dimension.REGION) ? aggregate.regionCode() : null);
        key.add(dimensions.contains(Dimension.YEAR) ? aggregate.year() : null);
        return key;
    }

    private static String note(Aggregate aggregate, SubjectLevel level, boolean coarse) {
        if (coarse) {
            // a report states a code once per fund, and a row takes one fund per report: its lines are its reports
            var stated = SubjectLevel.ofCode(aggregate.code());
            return "stated only at " + stated.chineseName() + " level (" + stated + ") in " + aggregate.lineCount()
                    + " report(s), not broken down to " + level.chineseName() + " (" + level + "): shown as its own"
                    + " row and left out of the shares";
        }
        if (aggregate.excludedLines() > 0) {
            return aggregate.excludedLines() + " line(s) stated only at a coarser level than " + level.chineseName()
                    + " (" + level + ") are left out of this amount";
        }
        return null;
    }

}
