package org.kemu.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

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

    private final DisclosureExtractor extractor = new DisclosureExtractor();
    private final Supplier<ReportSink> sink;
    private final Progress progress;

    /**
     * @param sink asked for only when there is a report to import, so that a run with nothing to import starts no
     *             database
     */
    public Ingestion(Supplier<ReportSink> sink, Progress progress) {
        this.sink = sink;
        this.progress = progress;
    }

    /**
     * @param region the region of every document, or null to find each one's from its unit's name and text
     */
    public Summary run(DocumentFiles.Found found, String region, boolean force) {
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
        for (int i = 0; i < groups.size(); i++) {
            progress.phase("importing report " + (i + 1) + " of " + groups.size());
            importGroup(groups.get(i), force).forEach(o -> outcomes.put(o.file(), o));
        }
        progress.end();
        return new Summary(List.copyOf(outcomes.values()), (System.nanoTime() - started) / 1e9);
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
     * Reads of the same unit (name and region), year and kind, in the order first met; a read that lacks any of
     * them stands alone.
     */
    private static List<List<Read>> groups(List<Read> reads) {
        var groups = new LinkedHashMap<Object, List<Read>>();
        for (var read : reads) {
            var report = read.primary();
            var key = report.unit().name() == null || report.year() == null || report.unit().regionCode() == null
                    ? read : List.of(report.unit().name(), report.unit().regionCode(), report.year(), report.kind());
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(read);
        }
        return List.copyOf(groups.values());
    }

    private List<DocumentOutcome> importGroup(List<Read> group, boolean force) {
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
        var primary = reports.getFirst();
        if (primary.unit().regionCode() == null) {
            return outcomes(group, DocumentOutcome.Status.FAILED, null, reconciled, "no region: neither the unit's "
                    + "name (" + Objects.requireNonNullElse(primary.unit().name(), "not found") + ") nor the text names"
                    + " a province, city or county; give it with --region CODE");
        }
        if (!reconciled && !force) {
            reasons.add("not imported: pass --force to import it as read");
            return outcomes(group, DocumentOutcome.Status.NOT_RECONCILED, null, false, String.join("; ", reasons));
        }
        var source = String.join(" + ", group.stream().map(Read::name).toList());
        var delivery = sink.get().deliver(source, reports);
        if (!delivery.ok()) {
            return outcomes(group, DocumentOutcome.Status.FAILED, null, reconciled, "rejected by the importer, nothing "
                    + "written: " + String.join("; ", delivery.errors()));
        }
        var outcome = delivery.reports().getFirst();
        if (!reconciled) {
            reasons.add("imported with --force");
        }
        return outcomes(group, status(outcome), outcome.reportId(), reconciled,
                reasons.isEmpty() ? null : String.join("; ", reasons));
    }

    private static DocumentOutcome.Status status(ImportResult.ReportOutcome outcome) {
        return DocumentOutcome.Status.valueOf(outcome.status().name());
    }

    private static List<DocumentOutcome> outcomes(List<Read> group, DocumentOutcome.Status status, String reportId,
                                                  boolean reconciled, String reason) {
        return group.stream().map(r -> {
            var report = r.primary();
            return new DocumentOutcome(r.name(), report.unit().name(), report.unit().regionCode(), report.year(),
                    report.kind(), r.lines(), reconciled && r.extraction().report().reconciled(), status, reportId,
                    r.seconds(), reason);
        }).toList();
    }

    private static String describe(Read read) {
        var report = read.extraction().report();
        return String.format(Locale.ROOT, "%s: %s %s %s (%s), %d lines, %s, %.1f s", read.name(), report.kind(),
                report.year(), Objects.requireNonNullElse(report.unitName(), "(unit not found)"),
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
