package org.kemu.report;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.kemu.api.BadInputException;
import org.kemu.api.Excerpt;
import org.kemu.api.Connection;
import org.kemu.classification.Scheme;
import org.kemu.classification.SubjectLevel;
import org.kemu.region.RegionService;
import org.springframework.stereotype.Service;

/** Units, their reports, and what each report states. Batch methods take many keys and run one query. */
@Service
public class ReportService {

    private static final String UNIT_CURSOR = "unit";

    private final ReportRepository repository;
    private final RegionService regions;

    ReportService(ReportRepository repository, RegionService regions) {
        this.repository = repository;
        this.regions = regions;
    }

    public Unit requireUnit(String id) {
        return repository.findUnits(List.of(id)).stream().findFirst()
                .orElseThrow(() -> new BadInputException("unknown unit id \"" + Excerpt.of(id) + "\""));
    }

    /** The given unit ids that do not exist, to name them in an error. */
    public List<String> unknownUnits(Collection<String> ids) {
        var known = repository.findUnits(ids).stream().map(Unit::id).collect(Collectors.toSet());
        return ids.stream().filter(id -> !known.contains(id)).distinct().toList();
    }

    public Connection<Unit> units(String search, String regionCode, Integer first, String after) {
        var size = Connection.pageSize(first);
        var region = regionCode == null ? null : regions.require(List.of(regionCode)).getFirst().code();
        var term = search == null || search.isBlank() ? null : search.strip();
        var afterKey = Connection.afterKey(UNIT_CURSOR, after);
        String afterName = null;
        String afterId = null;
        if (afterKey != null) {
            var split = afterKey.lastIndexOf('\n');
            afterName = afterKey.substring(0, split);
            afterId = afterKey.substring(split + 1);
        }
        var rows = repository.findUnitPage(term, region, afterName, afterId, size + 1);
        var total = repository.countUnits(term, region);
        return Connection.of(UNIT_CURSOR, rows, size, afterKey != null, total, u -> u.name() + "\n" + u.id());
    }

    /** The report, or empty when the unit has none of that year and kind; an unknown unit is an error. */
    public Optional<Report> report(String unitId, int year, ReportKind kind) {
        var report = repository.findReports(List.of(ReportIds.reportId(unitId, year, kind))).stream().findFirst();
        if (report.isEmpty()) {
            requireUnit(unitId);
        }
        return report;
    }

    /** The report with all its lines in one read, for a request that will ask for both. */
    public Optional<ReportWithLines> reportWithLines(String unitId, int year, ReportKind kind) {
        var found = repository.findReportWithLines(ReportIds.reportId(unitId, year, kind));
        if (found.isEmpty()) {
            requireUnit(unitId);
        }
        return found;
    }

    public Map<String, Report> reportsById(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return repository.findReports(Set.copyOf(ids)).stream().collect(Collectors.toMap(Report::id, Function.identity()));
    }

    public Map<String, Unit> unitsById(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return repository.findUnits(Set.copyOf(ids)).stream().collect(Collectors.toMap(Unit::id, Function.identity()));
    }

    public Map<String, List<Unit>> unitsInRegions(Collection<String> regionCodes) {
        var units = repository.findUnitsInRegions(Set.copyOf(regionCodes));
        var result = new HashMap<String, List<Unit>>();
        for (var code : regionCodes) {
            result.put(code, units.stream().filter(u -> u.regionCode().startsWith(code)).toList());
        }
        return result;
    }

    public Map<String, Staff> latestStaff(Collection<String> unitIds) {
        return repository.findLatestStaff(Set.copyOf(unitIds));
    }

    public Map<String, List<Report>> reportsByUnit(Collection<String> unitIds) {
        var reports = repository.findReportsOfUnits(Set.copyOf(unitIds));
        return group(unitIds, reports, Report::unitId);
    }

    public Map<String, List<Line>> linesByReport(Collection<String> reportIds) {
        var result = new LinkedHashMap<String, List<Line>>();
        reportIds.forEach(id -> result.put(id, List.of()));
        repository.findLines(Set.copyOf(reportIds)).forEach(found -> result.put(found.report().id(), found.lines()));
        return result;
    }

    public Map<String, List<Figure>> figuresByReport(Collection<String> reportIds) {
        return ungroup(reportIds, repository.findFigures(Set.copyOf(reportIds)));
    }

    public Map<String, List<CountFact>> countsByReport(Collection<String> reportIds) {
        return ungroup(reportIds, repository.findCounts(Set.copyOf(reportIds)));
    }

    public Map<String, List<ThreePublicItem>> threePublicByReport(Collection<String> reportIds) {
        return ungroup(reportIds, repository.findThreePublic(Set.copyOf(reportIds)));
    }

    /**
     * Lines of one report as {@code Report.lines} filters them: by scheme, stated level, subtree and fund; without a
     * fund, the report's widest fund scope for the scheme.
     */
    public static List<Line> filterLines(List<Line> lines, Scheme scheme, SubjectLevel level, String under, Fund fund) {
        return lines.stream()
                .filter(l -> l.subject().scheme() == scheme)
                .filter(l -> fund == null ? l.primary() : l.fund() == fund)
                .filter(l -> level == null || l.level() == level)
                .filter(l -> under == null || l.subject().code().startsWith(under))
                .sorted(Comparator.comparing((Line l) -> l.subject().code()))
                .toList();
    }

    /**
     * The report's total for a measure as the document states it; failing that, the sum of its finest function
     * lines of the widest fund scope (so no figure is counted twice); null when neither exists.
     */
    public static Long totalFen(Report report, Measure measure, List<Figure> figures, List<Line> lines) {
        var stated = statedTotalFen(report.kind(), report.year(), measure, figures);
        if (stated != null) {
            return stated;
        }
        return sumOfFinestFen(measure, lines, null);
    }

    /**
     * The total a report of this kind and year states for the measure: its 本年支出合计 (基本支出, 项目支出) of the
     * basis the measure asks for, the widest fund scope first; null when it states none.
     */
    public static Long statedTotalFen(ReportKind kind, int year, Measure measure, List<Figure> figures) {
        var key = totalKey(measure);
        var bases = switch (measure) {
            case TOTAL, BASIC, PROJECT -> kind == ReportKind.BUDGET
                    ? List.of(Basis.BUDGET_INITIAL, Basis.BUDGET_ADJUSTED, Basis.ACTUAL) : List.of(Basis.ACTUAL);
            case BUDGET_INITIAL -> List.of(Basis.BUDGET_INITIAL);
            case BUDGET_ADJUSTED -> List.of(Basis.BUDGET_ADJUSTED);
        };
        for (var basis : bases) {
            var stated = figures.stream()
                    .filter(f -> f.key().equals(key) && f.basis() == basis && f.year() == year)
                    .min(Comparator.comparing(Figure::fund));
            if (stated.isPresent()) {
                return stated.get().amountFen();
            }
        }
        return null;
    }

    /** The key of the figure that states a report's total of the measure (本年支出合计, 基本支出, 项目支出). */
    public static String totalKey(Measure measure) {
        return switch (measure) {
            case TOTAL, BUDGET_INITIAL, BUDGET_ADJUSTED -> "EXPENDITURE_TOTAL";
            case BASIC -> "EXPENDITURE_BASIC";
            case PROJECT -> "EXPENDITURE_PROJECT";
        };
    }

    /**
     * The sum of a report's finest function lines of its widest fund scope, optionally only under a subject, so
     * that no figure counts twice; null when no line states the measure.
     */
    public static Long sumOfFinestFen(Measure measure, List<Line> lines, String under) {
        var amounts = lines.stream()
                .filter(l -> l.subject().scheme() == Scheme.FUNCTION && l.primary() && l.finest())
                .filter(l -> under == null || l.subject().code().startsWith(under))
                .map(l -> l.fen(measure))
                .filter(java.util.Objects::nonNull)
                .toList();
        return amounts.isEmpty() ? null : amounts.stream().mapToLong(Long::longValue).sum();
    }

    private static <T> Map<String, List<T>> group(Collection<String> keys, List<T> values, Function<T, String> key) {
        var result = new LinkedHashMap<String, List<T>>();
        keys.forEach(k -> result.put(k, new java.util.ArrayList<>()));
        values.forEach(v -> result.computeIfAbsent(key.apply(v), k -> new java.util.ArrayList<>()).add(v));
        return result;
    }

    private static <T> Map<String, List<T>> ungroup(Collection<String> keys, List<ReportRepository.Keyed<T>> values) {
        var result = new LinkedHashMap<String, List<T>>();
        keys.forEach(k -> result.put(k, new java.util.ArrayList<>()));
        values.forEach(v -> result.computeIfAbsent(v.reportId(), k -> new java.util.ArrayList<>()).add(v.value()));
        return result;
    }
}
