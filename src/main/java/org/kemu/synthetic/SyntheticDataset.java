package org.kemu.synthetic;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;

import org.kemu.classification.ClassificationCatalog;
import org.kemu.classification.Scheme;
import org.kemu.classification.Subject;
import org.kemu.format.ReportDocument;
import org.kemu.region.Region;
import org.kemu.region.RegionCatalog;
import org.kemu.report.Basis;

/**
 * A deterministic synthetic national dataset in the report format: for every county-level region, some units,
 * some years, each a 决算 with 20–80 项 lines drawn from the real classification, their 类 subtotals, log-normal
 * amounts, basic/project splits and budgets. The same seed always yields the same documents, generated lazily so
 * that even the largest size never sits in memory at once.
 */
public final class SyntheticDataset implements Iterable<ReportDocument> {

    static final int LATEST_YEAR = 2024;
    private static final String[] UNIT_KINDS = {"社会保险事务中心", "财政局", "教育局", "卫生健康局", "人力资源和社会保障局",
            "民政局", "农业农村局", "住房和城乡建设局", "交通运输局", "自然资源局"};
    private static final String[] THREE_PUBLIC_WORDINGS = {
            "指单位用财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。",
            "纳入预决算管理的“三公”经费，是指部门用一般公共预算财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。",
            "指用财政拨款安排的因公出国（境）费、公务用车购置及运行维护费、公务接待费。"};

    private final List<Subject> items;
    private final java.util.Map<String, Subject> byCode;
    private final List<Region> counties;
    private final DatasetSize size;
    private final long seed;

    /**
     * @param items    项-level subjects of the function classification to draw lines from
     * @param counties county-level regions, in code order
     */
    SyntheticDataset(List<Subject> items, List<Region> counties, DatasetSize size, long seed) {
        this.items = List.copyOf(items);
        this.byCode = items.stream().collect(java.util.stream.Collectors.toMap(Subject::code, s -> s));
        this.counties = counties.subList(0, Math.min(counties.size(), size.maxCounties()));
        this.size = size;
        this.seed = seed;
    }

    /**
     * The dataset drawn from a function classification's 项 and the given counties.
     *
     * @param function the function classification's subjects, in code order
     * @param counties county-level regions, in code order
     */
    public static SyntheticDataset over(List<Subject> function, List<Region> counties, DatasetSize size, long seed) {
        var items = function.stream().filter(s -> s.code().length() == 7).toList();
        return new SyntheticDataset(items, counties, size, seed);
    }

    /**
     * The dataset over the seed's classification and counties: the same documents as {@link SyntheticLoader#dataset}
     * makes over a database that holds the seed, without one.
     */
    public static SyntheticDataset overTheSeed(DatasetSize size, long seed) {
        return over(ClassificationCatalog.seeded().asSubjects(Scheme.FUNCTION), RegionCatalog.seeded().counties(),
                size, seed);
    }

    /** The county-level regions the dataset covers, in code order. */
    public List<Region> counties() {
        return counties;
    }

    public int reportCount() {
        return counties.size() * size.unitsPerCounty() * size.years();
    }

    @Override
    public Iterator<ReportDocument> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < reportCount();
            }

            @Override
            public ReportDocument next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return report(next++);
            }
        };
    }

    /** The n-th report: counties outermost, then units, then years. */
    ReportDocument report(int n) {
        var year = LATEST_YEAR - n % size.years();
        var unitIndex = n / size.years() % size.unitsPerCounty();
        var county = counties.get(n / size.years() / size.unitsPerCounty());
        var random = new SplittableRandom(seed * 1_000_003L + n);
        var unitName = county.name() + UNIT_KINDS[unitIndex % UNIT_KINDS.length]
                + (unitIndex >= UNIT_KINDS.length ? String.valueOf(unitIndex / UNIT_KINDS.length + 1) : "");
        var lines = lines(random);
        var total = lines.stream().filter(l -> l.code().length() == 3).map(ReportDocument.LinePart::total)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        var basic = lines.stream().filter(l -> l.code().length() == 3).map(ReportDocument.LinePart::basic)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        var figures = List.of(
                new ReportDocument.FigurePart("EXPENDITURE_TOTAL", "本年支出合计", total, "ALL", Basis.ACTUAL.name(), null, null, "支出决算表", null, null),
                new ReportDocument.FigurePart("EXPENDITURE_BASIC", "基本支出", basic, "ALL", Basis.ACTUAL.name(), null, null, "支出决算表", null, null),
                new ReportDocument.FigurePart("EXPENDITURE_PROJECT", "项目支出", total.subtract(basic), "ALL", Basis.ACTUAL.name(), null, null, "支出决算表", null, null));
        var firstItem = byCode.get(lines.stream().filter(l -> l.code().length() == 7).findFirst().orElseThrow().code());
        var path = firstItem.path().split(" / ");
        var glossary = List.of(
                new ReportDocument.GlossaryPart("1", "“三公”经费", THREE_PUBLIC_WORDINGS[random.nextInt(THREE_PUBLIC_WORDINGS.length)]),
                new ReportDocument.GlossaryPart("2", path[0] + "（类）" + path[1] + "（款）" + path[2] + "（项）",
                        "反映" + firstItem.name() + "方面的支出。"));
        var staffActual = 5 + random.nextInt(76);
        return new ReportDocument(ReportDocument.FORMAT,
                new ReportDocument.UnitPart(unitName, county.code(), null, "行政单位"),
                year, "FINAL_ACCOUNT",
                new ReportDocument.SourcePart("synthetic-" + size + "-" + seed, unitName + year + "年度部门决算（合成数据）", null,
                        "synthetic benchmark data, not a real disclosure"),
                "元",
                new ReportDocument.StaffPart(staffActual + random.nextInt(10), staffActual, null, null, null, null, null, null),
                null, lines, figures, null, null, glossary, null, null, null);
    }

    private List<ReportDocument.LinePart> lines(SplittableRandom random) {
        var count = 20 + random.nextInt(61);
        var chosen = new ArrayList<>(items);
        for (int i = 0; i < count; i++) {
            var j = i + random.nextInt(chosen.size() - i);
            var swap = chosen.get(i);
            chosen.set(i, chosen.get(j));
            chosen.set(j, swap);
        }
        var picked = new ArrayList<>(chosen.subList(0, count));
        picked.sort(java.util.Comparator.comparing(Subject::code));
        var itemLines = new ArrayList<ReportDocument.LinePart>();
        var classes = new LinkedHashMap<String, long[]>();
        for (var item : picked) {
            var totalFen = Math.max(100, Math.round(Math.exp(Math.log(30_000_000) + 1.2 * random.nextGaussian())));
            var basicFen = Math.round(totalFen * (0.3 + 0.7 * random.nextDouble()));
            var initialFen = Math.round(totalFen * (0.85 + 0.3 * random.nextDouble()));
            var adjustedFen = Math.round(totalFen * (0.95 + 0.1 * random.nextDouble()));
            itemLines.add(line(item.code(), item.name(), totalFen, basicFen, initialFen, adjustedFen));
            var sums = classes.computeIfAbsent(item.code().substring(0, 3), c -> new long[4]);
            sums[0] += totalFen;
            sums[1] += basicFen;
            sums[2] += initialFen;
            sums[3] += adjustedFen;
        }
        var result = new ArrayList<ReportDocument.LinePart>();
        classes.forEach((code, sums) -> result.add(line(code, null, sums[0], sums[1], sums[2], sums[3])));
        result.addAll(itemLines);
        return result;
    }

    private static ReportDocument.LinePart line(String code, String name, long totalFen, long basicFen, long initialFen,
                                                long adjustedFen) {
        return new ReportDocument.LinePart("FUNCTION", code, name, null, "ALL", yuan(totalFen), yuan(basicFen), null, null,
                yuan(totalFen - basicFen), yuan(initialFen), yuan(adjustedFen), null, "支出决算表", null);
    }

    private static BigDecimal yuan(long fen) {
        return BigDecimal.valueOf(fen, 2);
    }
}
