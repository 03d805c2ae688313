package org.kemu.series;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.kemu.classification.Scheme;
import org.kemu.classification.SubjectKey;
import org.kemu.money.AmountUnit;
import org.kemu.money.Money;
import org.kemu.report.Basis;
import org.kemu.report.Fund;
import org.kemu.report.Measure;
import org.springframework.stereotype.Service;

/**
 * Builds series from what the documents state. A year stated by several reports takes the amount of the report of
 * that very year, else of the latest report stating it; where the others differ, the point's note says so. The
 * change is taken against the previous point; a change the document states is given beside it, as stated.
 */
@Service
class SeriesService {

    private final SeriesRepository repository;

    SeriesService(SeriesRepository repository) {
        this.repository = repository;
    }

    /** The series of many requests, one statement per distinct shape of request. */
    Map<SeriesRequest, Series> series(Set<SeriesRequest> requests) {
        var result = new HashMap<SeriesRequest, Series>();
        var byShape = requests.stream().collect(Collectors.groupingBy(SeriesRequest::shape));
        byShape.forEach((shape, same) -> {
            var unitIds = same.stream().map(SeriesRequest::unitId).collect(Collectors.toSet());
            var stated = shape.subject() == null
                    ? repository.figures(unitIds, shape.key(), (shape.fund() == null ? Fund.ALL : shape.fund()).name(),
                            shape.kind().name(), Basis.statedBy(shape.kind()).name())
                    : repository.lines(unitIds, shape.subject(), shape.fund() == null ? null : shape.fund().name(),
                            shape.kind().name(), Measure.TOTAL.property());
            for (var request : same) {
                var own = stated.stream().filter(s -> s.unitId().equals(request.unitId())).toList();
                result.put(request, new Series(shape.subject() == null ? shape.key() : null,
                        shape.subject() == null ? null : new SubjectKey(Scheme.FUNCTION, shape.subject()),
                        shape.subject() == null && shape.fund() == null ? Fund.ALL : shape.fund(), points(own)));
            }
        });
        return result;
    }

    private static List<SeriesPoint> points(List<SeriesRepository.Stated> stated) {
        var amounts = new TreeMap<Integer, List<SeriesRepository.Stated>>();
        var changes = new HashMap<Integer, SeriesRepository.Stated>();
        for (var s : stated) {
            if (s.basis() == Basis.STATED_CHANGE) {
                changes.putIfAbsent(s.year(), s);
            } else {
                amounts.computeIfAbsent(s.year(), year -> new ArrayList<>()).add(s);
            }
        }
        var points = new ArrayList<SeriesPoint>();
        SeriesPoint previous = null;
        for (var entry : amounts.entrySet()) {
            var year = entry.getKey();
            var chosen = entry.getValue().stream()
                    .max(Comparator.comparing((SeriesRepository.Stated s) -> s.reportYear() == year)
                            .thenComparing(SeriesRepository.Stated::reportYear))
                    .orElseThrow();
            var others = entry.getValue().stream().filter(s -> s.amountFen() != chosen.amountFen())
                    .map(s -> "the " + s.reportYear() + " report states "
                            + Money.fromFen(s.amountFen(), AmountUnit.YUAN).toPlainString() + " 元")
                    .distinct().toList();
            var change = changes.get(year);
            var delta = previous == null ? null : chosen.amountFen() - previous.amountFen();
            var pct = previous == null || previous.amountFen() == 0 ? null : (double) delta / previous.amountFen();
            var point = new SeriesPoint(year, chosen.amountFen(), chosen.reportId(), chosen.source(),
                    previous == null ? null : previous.year(), delta, pct,
                    change == null ? null : change.amountFen(), change == null ? null : change.reason(),
                    others.isEmpty() ? null : String.join("; ", others));
            points.add(point);
            previous = point;
        }
        return points;
    }
}
