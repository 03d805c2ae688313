package org.kemu.extraction;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.kemu.format.ReportDocument;
import org.kemu.money.AmountUnit;
import org.kemu.region.RegionResolver;
import org.kemu.report.Basis;
import org.kemu.report.Fund;
import org.kemu.report.ReportKind;

/**
 * Reads a published 部门决算 / 部门预算 / 绩效自评 — a PDF, a Word document, a workbook of its tables, a web page, or its text
 * as {@code pdftotext -layout} or a Word export gives it — and produces reports in the kemu import format, with a
 * report of what it read, what it skipped and why, and whether the document's amounts reconcile with its own
 * totals. Needs no database: the classification comes from the seed files on the classpath.
 */
public final class DisclosureExtractor {

    /** Above this share of control or replacement characters the input is not text. */
    private static final double BINARY_SHARE = 0.01;
    private static final Pattern DISCLOSURE_WORDS = Pattern.compile("决算|预算");

    private final SubjectResolver resolver;

    /** The extractor over the seeded classification (what the CLI uses). */
    public DisclosureExtractor() {
        this.resolver = new SubjectResolver(SubjectCatalog.seeded());
    }

    /**
     * The reports of a disclosure file: a PDF, a Word document, a workbook, a web page or a text, read by
     * {@link DocumentText}.
     *
     * @param regionCode the GB/T 2260 code of the unit's region, or null when not known (the report says so)
     * @throws ExtractionException when the file cannot be read (the message names it and says why), or its text is
     *                             no budget disclosure
     */
    public Extraction extract(Path file, String regionCode) {
        return extract(DocumentText.read(file), String.valueOf(file.getFileName()), regionCode);
    }

    /**
     * @param text       the document's text
     * @param fileName   the source file's name, recorded in the reports and used in error messages
     * @param regionCode the GB/T 2260 code of the unit's region, or null when not known (the report says so)
     * @throws ExtractionException when the text is empty, not text, or not a budget disclosure
     */
    public Extraction extract(String text, String fileName, String regionCode) {
        var document = fileName == null || fileName.isBlank() ? "(unnamed text)" : fileName;
        requireText(text, document);
        var source = SourceText.of(text);
        var documentUnit = dominantUnit(text);
        var found = TableFinder.find(source, documentUnit);
        var tableLines = new HashSet<Integer>();
        for (var table : found.tables()) {
            for (int n = table.titleLine(); n < table.endLine(); n++) {
                tableLines.add(n);
            }
        }
        var prose = ProseText.of(source, tableLines);
        var header = DocumentHeader.read(source, prose.text());
        if (header.kind() == null || !DISCLOSURE_WORDS.matcher(text).find()) {
            throw new ExtractionException(document + ": not a budget disclosure: no title or heading names a 决算, "
                    + "预算 or 绩效自评 report");
        }
        var kind = header.kind();
        var notes = new ArrayList<String>();
        var readings = readAll(source, found, prose, kind, notes);
        var amountUnit = amountUnit(readings, documentUnit);
        var byTrust = new ArrayList<>(readings);
        byTrust.sort(Comparator.comparingInt(Reading::trust));
        var basis = Basis.statedBy(kind);
        var assembled = new ReportAssembler(amountUnit, header.year()).assemble(byTrust, basis);
        if (assembled.lines().isEmpty() && assembled.figures().isEmpty() && assembled.threePublic().isEmpty()
                && kind != ReportKind.PERFORMANCE) {
            throw new ExtractionException(document + ": reads as a " + kindLabel(kind) + " but no table, subject "
                    + "line, headline total or “三公” amount could be read from it");
        }
        var region = regionCode == null || regionCode.isBlank() ? null : regionCode;
        if (region == null) {
            var resolved = RegionResolver.national().resolve(header.unitName(), text);
            if (resolved.ambiguous()) {
                throw new ExtractionException(document + ": " + resolved.refusal() + "; give the code with --region");
            }
            if (resolved.found()) {
                region = resolved.region().code();
                notes.add(resolved.note());
            }
        }
        notes.addAll(notes(found, header, region, readings));
        var glossary = new GlossaryReader().read(source, tableLines);
        var reports = reports(document, header, region, amountUnit, assembled, glossary);
        readings.add(assembled.reconciliation());
        var sources = readings.stream().filter(r -> r.isTable() || r.linesRead() > 0 || !r.checks().isEmpty())
                .map(r -> r.toSource(source)).toList();
        var checks = readings.stream().flatMap(r -> r.checks().stream()).toList();
        var report = new ExtractionReport(document, header.unitName(), header.year(), kind.name(), region,
                amountUnit.label(), sources, checks, List.copyOf(notes),
                checks.stream().allMatch(ExtractionReport.Check::reconciles));
        return new Extraction(reports, report);
    }

    /**
     * Every table, then the text. A 绩效自评 states 决算 figures when it states any, so its tables and text are read
     * as a final account's.
     */
    private List<Reading> readAll(SourceText source, TableFinder.Result found, ProseText prose, ReportKind kind,
                                  List<String> notes) {
        var readKind = kind == ReportKind.PERFORMANCE ? ReportKind.FINAL_ACCOUNT : kind;
        var readings = new ArrayList<Reading>();
        for (var table : found.tables()) {
            var reading = switch (table.kind()) {
                case FUNCTION -> new FunctionTableReader(resolver).read(source, table, readKind);
                case ECONOMIC -> economic(source, table, readKind);
                case SUMMARY, INCOME -> new SummaryTableReader(resolver).read(source, table, readKind);
                case THREE_PUBLIC -> new ThreePublicTableReader().read(source, table, readKind);
                case OPERATING_EXPENSES, PROCUREMENT -> new FigureTableReader().read(source, table, readKind);
                case OTHER -> {
                    notes.add("not read: " + table.name() + " (line " + table.titleLine() + "), "
                            + table.notReadBecause());
                    yield Reading.of(table);
                }
            };
            if (table.kind() != TableKind.OTHER && reading.lines().isEmpty() && reading.figures().isEmpty()
                    && reading.threePublic().isEmpty()) {
                reading = emptyOrUnread(source, table, readKind, reading, notes);
            }
            readings.add(reading);
        }
        readings.add(new ProseLineReader(resolver).read(prose, readKind));
        readings.add(new ProseFigureReader().read(prose, kind));
        readings.add(new ProseThreePublicReader().read(prose, readKind));
        return readings;
    }

    /**
     * A table that gave nothing: empty as the document says ("此表为空", "本单位无…", no amount in it), read as such
     * (for a 政府性基金 or 国有资本经营 table, a total of 0 for that fund), or else named as not read, with why.
     */
    private static Reading emptyOrUnread(SourceText source, FoundTable table, ReportKind kind, Reading reading,
                                         List<String> notes) {
        var statement = TableRows.emptyStatement(source, table);
        if (statement == null && TableRows.hasAmounts(source, table)) {
            notes.add("not read: " + table.name() + " (line " + table.titleLine() + "): no row of it could be read; "
                    + "see its skipped lines");
            return reading;
        }
        if (statement == null) {
            // a title in a table of contents: neither a header nor an amount after it
            return reading;
        }
        var empty = Reading.of(table);
        empty.read();
        notes.add("read as empty: " + table.name() + " (line " + table.titleLine() + "): " + statement);
        if (table.fund() == Fund.GOV_FUND || table.fund() == Fund.STATE_CAPITAL) {
            empty.figure("EXPENDITURE_TOTAL", table.title() + " (empty)", BigDecimal.ZERO, table.fund(),
                    Basis.statedBy(kind), table.titleLine());
        }
        return empty;
    }

    /** A 基本支出 table is by 经济分类; some templates print it by 功能分类 with 人员经费 and 公用经费 columns. */
    private Reading economic(SourceText source, FoundTable table, ReportKind kind) {
        var byEconomic = new EconomicTableReader(resolver).read(source, table, kind);
        if (!byEconomic.lines().isEmpty()) {
            return byEconomic;
        }
        var byFunction = new FunctionTableReader(resolver).read(source, table, kind);
        return byFunction.lines().isEmpty() ? byEconomic : byFunction;
    }

    private static List<String> notes(TableFinder.Result found, DocumentHeader header, String region,
                                      List<Reading> readings) {
        var notes = new ArrayList<String>();
        if (found.titlesWithoutBody() > 0) {
            notes.add(found.titlesWithoutBody() + " table titles without a table after them (a table of contents, "
                    + "or tables the text omits)");
        }
        if (region == null) {
            notes.add("no region code given: the reports carry none, and the importer will reject them until one "
                    + "is set");
        }
        if (header.unitName() == null) {
            notes.add("the unit's name was found neither in a title, nor in a unit line, nor in a sentence");
        } else {
            notes.add("the unit's name \"" + header.unitName() + "\" is taken from " + header.unitFoundIn());
        }
        if (header.year() == null) {
            notes.add("the year was found in no title or heading");
        }
        Set<String> unlisted = new LinkedHashSet<>();
        readings.forEach(r -> r.lines().stream().filter(l -> !l.subject().listed())
                .forEach(l -> unlisted.add(l.subject().code() + " " + l.printedName())));
        if (!unlisted.isEmpty()) {
            notes.add("codes kemu's classification does not list, kept as printed (they import once "
                    + "seed/classification lists them): " + String.join(", ", unlisted));
        }
        return notes;
    }

    private static void requireText(String text, String document) {
        if (text == null || text.isBlank()) {
            throw new ExtractionException(document + ": the text is empty; expected the text of a 部门决算, 部门预算 "
                    + "or 绩效自评 disclosure");
        }
        var odd = text.chars().filter(c -> c == 0xFFFD || c < 0x20 && c != '\t' && c != '\n' && c != '\r'
                && c != '\f').count();
        if (text.indexOf('\0') >= 0 || odd > text.length() * BINARY_SHARE) {
            throw new ExtractionException(document + ": not text: " + odd + " of " + text.length() + " characters "
                    + "are control or replacement characters (binary data, or text in an encoding other than UTF-8)");
        }
    }

    /** 万元 when the text says 万元 at least as often as it says 元 alone. */
    private static AmountUnit dominantUnit(String text) {
        var wan = text.split("万\\s*元", -1).length - 1;
        var yuan = text.split("元", -1).length - 1 - wan;
        return wan >= yuan ? AmountUnit.WAN_YUAN : AmountUnit.YUAN;
    }

    /** The unit of the first table read, else the unit most amounts the text states are in. */
    private static AmountUnit amountUnit(List<Reading> readings, AmountUnit documentUnit) {
        for (var reading : readings) {
            if (reading.unit() != null && (!reading.lines().isEmpty() || !reading.figures().isEmpty())) {
                return reading.unit();
            }
        }
        var units = new ArrayList<AmountUnit>();
        readings.forEach(r -> {
            r.lines().forEach(l -> units.add(l.unit()));
            r.figures().forEach(f -> units.add(f.unit()));
        });
        if (units.isEmpty()) {
            return documentUnit;
        }
        var wan = units.stream().filter(u -> u == AmountUnit.WAN_YUAN).count();
        return wan * 2 >= units.size() ? AmountUnit.WAN_YUAN : AmountUnit.YUAN;
    }

    private static List<ReportDocument> reports(String document, DocumentHeader header, String region,
                                                AmountUnit amountUnit, ReportAssembler.Assembled assembled,
                                                List<ReportDocument.GlossaryPart> glossary) {
        var kind = header.kind();
        var unit = new ReportDocument.UnitPart(header.unitName(), region, null, null);
        var title = header.title() != null ? header.title()
                : (header.unitName() == null ? "" : header.unitName())
                + (header.year() == null ? "" : header.year() + "年度") + kindLabel(kind);
        var failures = String.join(", ", assembled.unreconciled());
        var note = "extracted from the text by kemu's DisclosureExtractor; see its extraction report for the lines "
                + "read and skipped" + (failures.isEmpty() ? "" : "; amounts that do not reconcile: " + failures);
        var source = new ReportDocument.SourcePart(document, title, null, note);
        if (kind != ReportKind.PERFORMANCE) {
            return List.of(new ReportDocument(ReportDocument.FORMAT, unit, header.year(), kind.name(), source,
                    amountUnit.label(), null, null, assembled.lines(), assembled.figures(), assembled.threePublic(),
                    null, glossary, null, null, null));
        }
        var reports = new ArrayList<ReportDocument>();
        reports.add(new ReportDocument(ReportDocument.FORMAT, unit, header.year(), kind.name(), source,
                amountUnit.label(), null, null, List.of(), List.of(), List.of(), null, glossary, null, null, null));
        if (!assembled.lines().isEmpty() || !assembled.figures().isEmpty() || !assembled.threePublic().isEmpty()) {
            var finalSource = new ReportDocument.SourcePart(document, title, null,
                    "the 决算 figures this 绩效自评 states; " + note);
            reports.add(new ReportDocument(ReportDocument.FORMAT, unit, header.year(),
                    ReportKind.FINAL_ACCOUNT.name(), finalSource, amountUnit.label(), null, null, assembled.lines(),
                    assembled.figures(), assembled.threePublic(), null, null, null, null, null));
        }
        return reports;
    }

    private static String kindLabel(ReportKind kind) {
        return switch (kind) {
            case FINAL_ACCOUNT -> "部门决算";
            case BUDGET -> "部门预算";
            case PERFORMANCE -> "绩效自评报告";
        };
    }
}
