package org.kemu.extraction;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.kemu.format.ReportDocument;

/**
 * Measures the extractor on a folder of published PDFs with a MANIFEST.tsv (file, unit, …), as issue 16's goals
 * define the figures: the 功能分类 项 rows and 经济分类 款 rows the documents print, found by their codes
 * independently of the extractor's table readers, and how many of them the reports carry with the printed total;
 * the unit names against the manifest; the time to read all files. Per document: tables read of tables found, 项
 * and 款 rows exact of rows printed, reconciled or not, seconds. Not a test (it needs the corpus): run by hand, see
 * README, Extracting.
 */
public final class CorpusMeasurement {

    /** A 项 code, joined (2010101) or split into 类/款/项 columns (201 01 01), at the start of a cell. */
    private static final Pattern ITEM = Pattern.compile("(?:^|\\s{2,}|\\t)(2\\d{2})[ \\t]{0,8}(\\d{2})[ \\t]{0,8}(\\d{2})"
            + "(?![\\d.,])");
    /** A 款 code of the economic classification, joined (30101) or split (301 01). */
    private static final Pattern ECONOMIC_ITEM = Pattern.compile("(?:^|\\s{2,}|\\t)([35]\\d{2})[ \\t]{0,8}(\\d{2})"
            + "(?![\\d.,])");
    private static final Pattern PRINTED_CODE = Pattern.compile("printed code (\\d+)");
    private static final Pattern AMOUNT = Pattern.compile("(?<![\\d.,])-?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?(?![\\d,])");

    /**
     * Other names a unit's own documents print for it: the manifest's 中共江苏省委办公厅 is 江苏省委办公厅 on the
     * documents' titles and 中国共产党江苏省委员会办公厅 on the 2017 tables' unit lines. Reading either is reading the
     * document right; telling that they are one unit is the importer's matter.
     */
    private static final Map<String, List<String>> ALIASES = Map.of(
            "中共江苏省委办公厅", List.of("江苏省委办公厅", "中国共产党江苏省委员会办公厅"));

    private CorpusMeasurement() {
    }

    record Row(int line, String code, BigDecimal printed, String fund, boolean exact, boolean operating) {
    }

    public static void main(String[] args) throws IOException {
        var dir = Path.of(args.length > 0 ? args[0] : "/work/shared/corpus/jiangsu");
        var manifest = manifest(dir.resolve("MANIFEST.tsv"));
        var extractor = new DisclosureExtractor();
        var files = new ArrayList<Path>();
        try (var list = Files.list(dir)) {
            list.filter(DocumentText::readable).filter(p -> !p.toString().endsWith(".tsv")).sorted()
                    .forEach(files::add);
        }
        int itemRows = 0, itemExact = 0, ecoRows = 0, ecoExact = 0, units = 0, unitsRight = 0, unitsExact = 0;
        int reconciled = 0, operatingRows = 0;
        var started = System.nanoTime();
        var readNanos = 0L;
        System.out.printf("%-48s %7s %9s %9s %5s %6s  %s%n", "document", "tables", "功能项", "经济款", "recon", "s",
                "unit");
        for (var file : files) {
            var t0 = System.nanoTime();
            var text = DocumentText.read(file);
            readNanos += System.nanoTime() - t0;
            var name = file.getFileName().toString();
            var extraction = extractor.extract(text, name, null);
            var report = extraction.primary();
            var source = SourceText.of(text);
            var found = TableFinder.find(source, org.kemu.money.AmountUnit.WAN_YUAN);
            var items = rows(source, found.tables(), ITEM, 3, report, "FUNCTION");
            // the 机关运行经费 table's rows by 款 are kept as its total only (the format has no place for them)
            var allEconomic = rows(source, found.tables(), ECONOMIC_ITEM, 2, report, "ECONOMIC");
            var economic = allEconomic.stream().filter(r -> !r.operating()).toList();
            operatingRows += allEconomic.size() - economic.size();
            var itemOk = items.stream().filter(Row::exact).count();
            var ecoOk = economic.stream().filter(Row::exact).count();
            itemRows += items.size();
            itemExact += (int) itemOk;
            ecoRows += economic.size();
            ecoExact += (int) ecoOk;
            var expected = manifest.get(name);
            var unit = extraction.report().unitName();
            var unitRight = expected != null && (expected.equals(unit) || ALIASES.getOrDefault(expected, List.of())
                    .contains(unit));
            units++;
            unitsRight += unitRight ? 1 : 0;
            unitsExact += expected != null && expected.equals(unit) ? 1 : 0;
            reconciled += extraction.report().reconciled() ? 1 : 0;
            var kinds = new TreeMap<String, Integer>();
            found.tables().forEach(t -> kinds.merge(t.kind().name(), 1, Integer::sum));
            var tablesRead = extraction.report().sources().stream().filter(src -> !src.kind().equals("PROSE")
                    && !src.kind().equals("CROSS_CHECK") && src.linesRead() > 0).count();
            System.out.printf("%-48s %3d/%-3d %4d/%-4d %4d/%-4d %5s %6.1f  %s%s%n", name, tablesRead,
                    found.tables().size(), itemOk, items.size(), ecoOk, economic.size(),
                    extraction.report().reconciled() ? "yes" : "NO", (System.nanoTime() - t0) / 1e9, unit,
                    unitRight ? "" : " (manifest: " + expected + ")");
            if (System.getenv("MEASURE_DETAIL") != null) {
                items.stream().filter(r -> !r.exact()).forEach(r -> System.out.println("    功能 miss " + r));
                economic.stream().filter(r -> !r.exact()).forEach(r -> System.out.println("    经济 miss " + r));
                extraction.report().failures().forEach(f -> System.out.println("    failed check " + f));
                System.out.println("    tables " + kinds);
            }
        }
        var elapsed = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("%n%d documents; 功能分类 项 rows exact: %d of %d (%.1f %%); 经济分类 款 rows exact: %d of %d "
                        + "(%.1f %%); unit names right: %d of %d (%.1f %%; %d the manifest's very string); "
                        + "reconciled: %d of %d; 机关运行经费 rows by 款, kept as its total: %d%n",
                files.size(), itemExact, itemRows, percent(itemExact, itemRows), ecoExact, ecoRows,
                percent(ecoExact, ecoRows), unitsRight, units, percent(unitsRight, units), unitsExact, reconciled,
                files.size(), operatingRows);
        System.out.printf("reading the files' text: %.1f s; reading and extracting all: %.1f s%n", readNanos / 1e9,
                elapsed / 1e3);
    }

    /** Every printed row with such a code, and whether the report has the printed amount for it in its fund. */
    private static List<Row> rows(SourceText source, List<FoundTable> tables, Pattern code, int groups,
                                  ReportDocument report, String scheme) {
        var byKey = new HashMap<String, BigDecimal>();
        for (var line : report.lines()) {
            if (line.scheme().startsWith(scheme)) {
                byKey.putIfAbsent(line.code() + "/" + line.fund(), line.total());
                // a code the extractor corrected to the printed name's (30104 其他社会保障缴费 → 30112) still counts
                var printedCode = line.note() == null ? null : PRINTED_CODE.matcher(line.note());
                if (printedCode != null && printedCode.find()) {
                    byKey.putIfAbsent(printedCode.group(1) + "/" + line.fund(), line.total());
                }
            }
        }
        var rows = new ArrayList<Row>();
        for (var line : source.lines()) {
            var table = tables.stream().filter(t -> t.titleLine() <= line.number() && line.number() < t.endLine())
                    .findFirst().orElse(null);
            var folded = line.folded();
            var matcher = code.matcher(folded);
            while (matcher.find()) {
                var joined = new StringBuilder();
                for (int g = 1; g <= groups; g++) {
                    joined.append(matcher.group(g));
                }
                var amount = AMOUNT.matcher(folded);
                var next = code.matcher(folded);
                var cellEnd = next.find(matcher.end()) ? next.start() : folded.length();
                if (!amount.region(matcher.end(), cellEnd).find()) {
                    continue;
                }
                var printed = new BigDecimal(amount.group().replace(",", ""));
                var fund = table == null ? "?" : table.fund().name();
                var read = byKey.get(joined + "/" + fund);
                rows.add(new Row(line.number(), joined.toString(), printed, fund,
                        read != null && read.compareTo(printed) == 0,
                        table != null && table.kind() == TableKind.OPERATING_EXPENSES));
            }
        }
        return rows;
    }

    private static Map<String, String> manifest(Path file) throws IOException {
        var units = new HashMap<String, String>();
        for (var line : Files.readAllLines(file).subList(1, Files.readAllLines(file).size())) {
            var cells = line.split("\t");
            units.put(cells[0], cells[1]);
        }
        return units;
    }

    private static double percent(int part, int whole) {
        return whole == 0 ? 100 : 100.0 * part / whole;
    }
}
