package org.kemu.performance;

import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kemu.api.BadInputException;
import org.kemu.api.Connection;
import org.kemu.api.Excerpt;
import org.kemu.region.RegionService;
import org.kemu.report.ReportService;
import org.springframework.stereotype.Service;

/** Projects and their indicators, by report or found across all reports. */
@Service
public class PerformanceService {

    private static final String CURSOR = "project";

    private final PerformanceRepository repository;
    private final RegionService regions;
    private final ReportService reports;

    PerformanceService(PerformanceRepository repository, RegionService regions, ReportService reports) {
        this.repository = repository;
        this.regions = regions;
        this.reports = reports;
    }

    public Map<String, List<Project>> projectsByReport(Collection<String> reportIds) {
        var result = new LinkedHashMap<String, List<Project>>();
        reportIds.forEach(id -> result.put(id, new java.util.ArrayList<>()));
        repository.findByReports(Set.copyOf(reportIds)).forEach(p -> result.get(p.reportId()).add(p));
        return result;
    }

    /**
     * A page of the projects matching the filter, whatever kind of report carries them. Cursors count positions
     * in the chosen order. Unknown unit ids or region codes are named, checked only when nothing matched.
     */
    public Connection<Project> projects(ProjectFilter filter, ProjectOrder order, Integer first, String after) {
        var size = Connection.pageSize(first);
        var afterKey = Connection.afterKey(CURSOR, after);
        int offset;
        try {
            offset = afterKey == null ? 0 : Integer.parseInt(afterKey) + 1;
        } catch (NumberFormatException e) {
            throw new BadInputException("after: \"" + Excerpt.of(after) + "\" is not a project cursor of this API");
        }
        var f = filter == null ? new ProjectFilter(null, null, null, null, null, null, null, null, null, null) : filter;
        var page = repository.findPage(parameters(f), order == null ? ProjectOrder.DOCUMENT : order, offset, size + 1);
        if (page.total() == 0) {
            requireKnown(f);
        }
        var positions = new IdentityHashMap<Project, Integer>();
        for (int i = 0; i < page.projects().size(); i++) {
            positions.put(page.projects().get(i), offset + i);
        }
        return Connection.of(CURSOR, page.projects(), size, offset > 0, page.total(),
                p -> Integer.toString(positions.get(p)));
    }

    private static Map<String, Object> parameters(ProjectFilter filter) {
        var params = new HashMap<String, Object>();
        params.put("unitIds", empty(filter.unitIds()) ? null : filter.unitIds());
        params.put("regions", empty(filter.regionCodes()) ? null
                : filter.regionCodes().stream().map(RegionService::normalize).distinct().toList());
        params.put("years", empty(filter.years()) ? null : filter.years());
        params.put("kinds", empty(filter.kinds()) ? null : filter.kinds().stream().map(Enum::name).toList());
        params.put("scope", filter.scope() == null ? null : filter.scope().name());
        params.put("search", filter.search() == null || filter.search().isBlank() ? null : filter.search().strip());
        params.put("minScore", filter.minScore());
        params.put("maxScore", filter.maxScore());
        params.put("missed", filter.missed());
        params.put("scoredFull", filter.scoredFull());
        return params;
    }

    private void requireKnown(ProjectFilter filter) {
        if (!empty(filter.unitIds())) {
            var unknown = reports.unknownUnits(filter.unitIds());
            if (!unknown.isEmpty()) {
                throw new BadInputException("unknown unit id" + (unknown.size() > 1 ? "s " : " ")
                        + Excerpt.of(String.join(", ", unknown)));
            }
        }
        if (!empty(filter.regionCodes())) {
            regions.require(filter.regionCodes());
        }
    }

    private static boolean empty(List<?> values) {
        return values == null || values.isEmpty();
    }
}
