package org.kemu.benchmark;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import org.kemu.format.ReportDocument;
import org.kemu.synthetic.SyntheticDataset;

/**
 * The right answers of the roll-up shapes, computed from the generated documents themselves (not from the
 * database), so the benchmark proves every target sums correctly before it times anything. Only synthetic units
 * are involved: the parameters avoid regions holding real reports.
 */
final class Expectations {

    private final Map<Integer, Map<String, Long>> byShape = new HashMap<>();

    private Expectations() {
    }

    static Expectations of(SyntheticDataset dataset, Parameters p) {
        var result = new Expectations();
        var unit = new TreeMap<String, Long>();
        var province = new TreeMap<String, Long>();
        var compare = new TreeMap<String, Long>();
        for (var report : dataset) {
            var region = report.unit().regionCode();
            var items = report.lines().stream().filter(l -> l.code().length() == 7).toList();
            if (region.equals(p.countyA()) && report.unit().name().equals(p.unitName())
                    && p.years().contains(report.year())) {
                items.forEach(l -> unit.merge(l.code().substring(0, 3), fen(l), Long::sum));
            }
            if (report.year() != p.year()) {
                continue;
            }
            if (region.startsWith(p.province())) {
                items.forEach(l -> province.merge(l.code().substring(0, 5), fen(l), Long::sum));
            }
            if (region.equals(p.countyA())) {
                items.forEach(l -> compare.merge("left:" + l.code(), fen(l), Long::sum));
            }
            if (region.equals(p.countyB())) {
                items.forEach(l -> compare.merge("right:" + l.code(), fen(l), Long::sum));
            }
        }
        result.byShape.put(2, unit);
        result.byShape.put(3, province);
        result.byShape.put(5, compare);
        return result;
    }

    /** The expected rows of a shape, or null when the generator alone cannot tell (seed reports take part). */
    Map<String, Long> of(int shape) {
        return byShape.get(shape);
    }

    private static long fen(ReportDocument.LinePart line) {
        return line.total().movePointRight(2).longValueExact();
    }
}
