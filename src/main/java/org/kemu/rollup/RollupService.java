package org.kemu.rollup;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
import org.kemu.report.ReportService;
import org.springframework.stereotype.Service;

/** Roll-ups and comparisons over the expense lines of many reports. */
@Service
public class RollupService {

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
                                  Measure measure, AmountUnit unit, boolean detail) {
        var dimensions = groupBy == null || groupBy.isEmpty() ? EnumSet.noneOf(Dimension.class) : EnumSet.copyOf(groupBy);
        validate(filter.scheme(), level, under);
        var aggregates = repository.aggregate(List.of(side("rollup", filter)), measure.property(), level.codeLength(),
                under, dimensions, detail);
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
            rows.add(new RollupRow(
                    aggregate.code() == null ? null : new SubjectKey(filter.scheme(), aggregate.code()),
                    aggregate.unitId(), aggregate.regionCode(), aggregate.year(),
                    Money.fromFen(aggregate.fen(), unit), share, aggregate.lineCount(), aggregate.reportCount(),
                    note(aggregate, level, coarse), Money.ratio(aggregate.executedFen(), aggregate.budgetFen()),
                    aggregate.staff() == null || aggregate.staff() == 0 ? null
                            : Money.fromFen(aggregate.fen(), unit)
                                    .divide(BigDecimal.valueOf(aggregate.staff()), 2, RoundingMode.HALF_EVEN)));
        }
        rows.sort(Comparator.comparing((RollupRow r) -> r.subject() == null ? "" : r.subject().code())
                .thenComparing(r -> Objects.toString(r.regionCode(), ""))
                .thenComparing(r -> Objects.toString(r.unitId(), ""))
                .thenComparing(r -> r.year() == null ? 0 : r.year()));
        return rows;
    }

    public List<ComparisonRow> compare(LineFilter left, LineFilter right, SubjectLevel level, String under,
                                       Measure measure, AmountUnit unit) {
        if (left.scheme() != right.scheme()) {
            throw new BadInputException("left and right must use the same scheme, got " + left.scheme() + " and "
                    + right.scheme());
        }
        validate(left.scheme(), level, under);
        var aggregates = repository.aggregate(List.of(side("left", left), side("right", right)), measure.property(),
                level.codeLength(), under, EnumSet.of(Dimension.SUBJECT), false);
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
        var rows = new ArrayList<ComparisonRow>();
        for (var entry : byCode.entrySet()) {
            var leftFen = entry.getValue()[0];
            var rightFen = entry.getValue()[1];
            var delta = leftFen == null || rightFen == null ? null : rightFen - leftFen;
            var pct = leftFen == null || rightFen == null || leftFen == 0 ? null : (double) (rightFen - leftFen) / leftFen;
            rows.add(new ComparisonRow(new SubjectKey(left.scheme(), entry.getKey()), Money.fromFen(leftFen, unit),
                    Money.fromFen(rightFen, unit), Money.fromFen(delta, unit), pct));
        }
        return rows;
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
            var stated = SubjectLevel.ofCode(aggregate.code());
            return "stated only at " + stated.chineseName() + " level (" + stated + ") in " + aggregate.reportCount()
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
