package org.kemu.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.kemu.extraction.DisclosureExtractor;
import org.kemu.extraction.Extraction;
import org.kemu.extraction.ExtractionException;
import org.kemu.extraction.ExtractionReport;
import org.kemu.format.ReportDocument;
import org.kemu.importing.ImportResult;

/**
 * Published disclosures into kemu, document by document: each file is read and reconciled on its own, files of the
 * same unit, year and kind become one report, and each report is imported on its own, so that one bad document
 * never stops the others nor leaves anything half-written. Reports that do not reconcile wait for {@code force}.
 */
public final class Ingestion {

    private static final int FAILURES_NAMED = 3;
    private static final Pattern YEAR_IN_NAME = Pattern.compile("(?<!\\d)(20\\d{2})(?!\\d)");

    private final DisclosureExtractor extractor = new DisclosureExtractor();
    private final Function<Boolean, ReportSink> sinks;
    private final Progress progress;

    /**
     * @param sinks opens the sink for a dry run ({@code true}) or not; asked only when there is a report to import, so
     *              that a run with nothing to import starts no database
     */
    public Ingestion(Function<Boolean, ReportSink> sinks, Progress progress) {
        this.sinks = sinks;
        this.progress = progress;
    }

    /**
     * @param region the region of every document, or null to find each one's from its unit's name and text
     * @param dryRun every document read, checked and validated by the importer as if imported, nothing written
     */
    public Summary run(DocumentFiles.Found found, String region, boolean force, boolean dryRun) {
        var started = System.nanoTime();
        progress.start(found.files().size() + found.missing().size());
        var outcomes = new LinkedHashMap<String, DocumentOutcome>();
        for (var missing : found.missing()) {
            var failed = DocumentOutcome.failed(missing, 0, "no such file or folder");
            outcomes.put(missing, failed);
            progress.read(missing + ": FAILED " + failed.reason(), 0);
        }
        var reads = new ArrayList<Read>();
        for (var file : found.files()) {
            var read = read(file, region);
            if (read.failure() != null) {
                outcomes.put(read.name(), DocumentOutcome.failed(read.name(), read.seconds(), read.failure()));
                progress.read(read.name() + ": FAILED " + read.failure(), 0);
            } else {
                outcomes.put(read.name(), null);
                reads.add(read);
                progress.read(describe(read), read.lines());
            }
        }
        var groups = groups(reads);
        var names = unitNames(reads);
        for (int i = 0; i < groups.size(); i++) {
            progress.importing(i + 1, groups.size());
            importGroup(groups.get(i), names, force, dryRun).forEach(o -> outcomes.put(o.file(), o));
        }
        progress.end();
        return new Summary(List.copyOf(outcomes.values()), (System.nanoTime() - started) / 1e9, dryRun);
    }

    /** A document read: its extraction, or why it could not be read. */
    private record Read(String name, Extraction extraction, String failure, double seconds) {

        ReportDocument primary() {
            return extraction.primary();
        }

        int lines() {
            return primary().lines() == null ? 0 : primary().lines().size();
        }
    }

    private Read read(Path file, String region) {
        var name = file.toString();
        var began = System.nanoTime();
        try {
            var extraction = extractor.extract(file, region);
            return new Read(name, extraction, null, seconds(began));
        } catch (ExtractionException e) {
            return new Read(name, null, e.getMessage(), seconds(began));
        } catch (RuntimeException e) {
            // an unforeseen fault in one document must not stop the others: it is that document's failure
            return new Read(name, null, "could not be read: " + e, seconds(began));
        }
    }

    /**
     * Reads of the same unit (name, in any of its forms, and region), year and kind, in the order first met. A read
     * whose unit or year
     * was not found — a table file often prints neither — joins the group of the same kind and region in its folder
     * whose file name it shares most with, when the year (its own, or the one its file name carries) agrees and that
     * group is the only one sharing that much; otherwise it stands alone.
     */
    private static List<List<Read>> groups(List<Read> reads) {
        var groups = new LinkedHashMap<Object, List<Read>>();
        var incomplete = new ArrayList<Read>();
        for (var read : reads) {
            var report = read.primary();
            if (report.unit().name() == null || report.year() == null || report.unit().regionCode() == null) {
                incomplete.add(read);
            } else {
                groups.computeIfAbsent(List.of(UnitNames.key(report.unit().name()), report.unit().regionCode(),
                        report.year(), report.kind()), k -> new ArrayList<>()).add(read);
            }
        }
        var complete = List.copyOf(groups.values());
        for (var read : incomplete) {
            var partner = partner(read, complete);
            if (partner == null) {
                groups.put(read, new ArrayList<>(List.of(read)));
            } else {
                partner.add(read);
            }
        }
        return List.copyOf(groups.values());
    }

    private static List<Read> partner(Read read, List<List<Read>> complete) {
        var report = read.primary();
        var file = Path.of(read.name());
        var year = report.year() != null ? report.year() : yearInName(file);
        List<Read> best = null;
        var bestShared = 0;
        var tie = false;
        for (var group : complete) {
            var lead = group.getFirst().primary();
            if (!lead.kind().equals(report.kind()) || !lead.year().equals(year)
                    || report.unit().regionCode() != null && !report.unit().regionCode().equals(lead.unit().regionCode())) {
                continue;
            }
            for (var member : group) {
                var other = Path.of(member.name());
                if (!Objects.equals(other.getParent(), file.getParent())) {
                    continue;
                }
                var shared = sharedStart(other.getFileName().toString(), file.getFileName().toString());
                if (shared > bestShared) {
                    best = group;
                    bestShared = shared;
                    tie = false;
                } else if (shared == bestShared && group != best) {
                    tie = true;
                }
            }
        }
        return tie ? null : best;
    }

    private static Integer yearInName(Path file) {
        var year = YEAR_IN_NAME.matcher(file.getFileName().toString());
        return year.find() ? Integer.valueOf(year.group(1)) : null;
    }

    private static int sharedStart(String a, String b) {
        var n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }

    /**
     * For each unit (by {@link UnitNames#key}) the name most of its documents print, so that its reports of every
     * year are stored under one unit even where a table file prints the long form (中国共产党…委员会办公厅).
     */
    private static Map<String, String> unitNames(List<Read> reads) {
        var byKey = new LinkedHashMap<String, List<String>>();
        reads.stream().map(r -> r.primary().unit().name()).filter(Objects::nonNull)
                .forEach(n -> byKey.computeIfAbsent(UnitNames.key(n), k -> new ArrayList<>()).add(n));
        var names = new LinkedHashMap<String, String>();
        byKey.forEach((key, all) -> names.put(key, UnitNames.mostUsed(all)));
        return names;
    }

    private static ReportDocument named(ReportDocument report, Map<String, String> names) {
        var unit = report.unit();
        var name = unit.name() == null ? null : names.get(UnitNames.key(unit.name()));
        if (name == null || name.equals(unit.name())) {
            return report;
        }
        return new ReportDocument(report.format(), new ReportDocument.UnitPart(name, unit.regionCode(),
                unit.supervisor(), unit.type()), report.year(), report.kind(), report.source(), report.amountUnit(),
                report.staff(), report.divisions(), report.lines(), report.figures(), report.threePublic(),
                report.counts(), report.glossary(), report.projects(), report.notes(), report.replaceEmpty());
    }

    private List<DocumentOutcome> importGroup(List<Read> group, Map<String, String> names, boolean force,
                                              boolean dryRun) {
        var reports = new ArrayList<ReportDocument>();
        var disagreements = List.<String>of();
        if (group.size() == 1) {
            reports.addAll(group.getFirst().extraction().reports());
        } else {
            var merged = OverlapMerge.merge(group.stream()
                    .map(r -> new OverlapMerge.Part(r.extraction().report().document(), r.primary())).toList());
            reports.add(merged.report());
            group.forEach(r -> reports.addAll(r.extraction().reports().subList(1, r.extraction().reports().size())));
            disagreements = merged.disagreements();
        }
        var failures = group.stream().flatMap(r -> r.extraction().report().failures().stream()).toList();
        var reconciled = failures.isEmpty() && disagreements.isEmpty();
        var reasons = new ArrayList<String>();
        if (!failures.isEmpty()) {
            reasons.add(failures.size() + " check(s) do not reconcile: " + String.join("; ", failures.stream()
                    .limit(FAILURES_NAMED).map(Ingestion::failure).toList())
                    + (failures.size() > FAILURES_NAMED ? "; …" : ""));
        }
        if (!disagreements.isEmpty()) {
            reasons.add("its files disagree on " + disagreements.size() + " amount(s): "
                    + String.join("; ", disagreements.stream().limit(FAILURES_NAMED).toList())
                    + (disagreements.size() > FAILURES_NAMED ? "; …" : ""));
        }
        if (group.size() > 1) {
            reasons.add("one report with " + String.join(" and ", group.stream().map(Read::name).toList()));
        }
        reports.replaceAll(report -> named(report, names));
        var primary = reports.getFirst();
        if (primary.unit().regionCode() == null) {
            return outcomes(group, primary, DocumentOutcome.Status.FAILED, null, reconciled, "no region: neither the unit's "
                    + "name (" + Objects.requireNonNullElse(primary.unit().name(), "not found") + ") nor the text names"
                    + " a province, city or county; give it with --region CODE");
        }
        if (primary.unit().name() == null || primary.year() == null) {
            return outcomes(group, primary, DocumentOutcome.Status.FAILED, null, reconciled, "the document names no "
                    + (primary.unit().name() == null ? "unit" + (primary.year() == null ? " and no year" : "") : "year")
                    + " in a title, unit line or sentence, and no file beside it of the same report does");
        }
        if (!reconciled && !force) {
            reasons.add("not imported: pass --force to import it as read");
            return outcomes(group, primary, DocumentOutcome.Status.NOT_RECONCILED, null, false, String.join("; ", reasons));
        }
        var source = String.join(" + ", group.stream().map(Read::name).toList());
        var target = sinks.apply(dryRun);
        ReportSink.Delivery delivery;
        try {
            delivery = target.deliver(source, reports);
        } catch (RuntimeException e) {
            // one report's failed import is that document's failure: the next report gets its own transaction
            return outcomes(group, primary, DocumentOutcome.Status.FAILED, null, reconciled, "the import failed, "
                    + "nothing written: " + e.getMessage());
        }
        if (!delivery.ok()) {
            return outcomes(group, primary, DocumentOutcome.Status.FAILED, null, reconciled, "rejected by the importer, nothing "
                    + "written: " + String.join("; ", delivery.errors()));
        }
        var outcome = delivery.reports().getFirst();
        if (!reconciled) {
            reasons.add("imported with --force");
        }
        return outcomes(group, primary, status(outcome), outcome.reportId(), reconciled,
                reasons.isEmpty() ? null : String.join("; ", reasons));
    }

    private static DocumentOutcome.Status status(ImportResult.ReportOutcome outcome) {
        return DocumentOutcome.Status.valueOf(outcome.status().name());
    }

    /** One row per file of the group, each with the unit and year of the report they make. */
    private static List<DocumentOutcome> outcomes(List<Read> group, ReportDocument report,
                                                  DocumentOutcome.Status status, String reportId, boolean reconciled,
                                                  String reason) {
        return group.stream().map(r -> new DocumentOutcome(r.name(), report.unit().name(), report.unit().regionCode(),
                report.year(), report.kind(), r.lines(), reconciled && r.extraction().report().reconciled(), status,
                reportId, r.seconds(), reason)).toList();
    }

    private static String describe(Read read) {
        var report = read.extraction().report();
        return String.format(Locale.ROOT, "%s: %s %s %s (%s), %d lines, %s, %.1f s", read.name(), report.kind(),
                Objects.requireNonNullElse(report.year(), "(year not found)"),
                Objects.requireNonNullElse(report.unitName(), "(unit not found)"),
                Objects.requireNonNullElse(read.primary().unit().regionCode(), "no region"), read.lines(),
                report.reconciled() ? "reconciled" : report.failures().size() + " check(s) do not reconcile",
                read.seconds());
    }

    private static String failure(ExtractionReport.Check check) {
        return "line " + check.line() + " " + check.subject() + " " + check.rule() + ": stated " + check.stated()
                + ", parts sum to " + check.computed() + " " + check.unit();
    }

    private static double seconds(long began) {
        return (System.nanoTime() - began) / 1e9;
    }
}
