package org.kemu.importing;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.kemu.config.KemuProperties;
import org.kemu.format.ReportDocument;
import org.kemu.importing.ReportPreparation.Prepared;
import org.kemu.importing.ReportPreparation.PreparedBatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one way into the graph for reports: parses documents in the kemu report format, validates all of them, and
 * writes them in a single transaction, so that a batch is stored entirely or not at all. Importing an identical
 * document again changes nothing; a changed one replaces the stored version and keeps it as a revision.
 */
@Service
public class ReportImporter {

    private final ReportPreparation preparation;
    private final ReportWriter writer;
    private final TransactionTemplate transactions;
    private final ReportExporter exporter;
    private static final int WRITE_ATTEMPTS = 4;
    private static final Duration RETRY_PAUSE = Duration.ofMillis(50);
    /** How long a failed commit's outcome is read back for: a database restarting is often back within seconds. */
    private static final List<Duration> VERIFY_PAUSES = List.of(Duration.ofMillis(250), Duration.ofSeconds(1),
            Duration.ofSeconds(2));
    private static final Logger log = LoggerFactory.getLogger(ReportImporter.class);

    private final int revisionsKept;
    private final Clock clock = Clock.systemUTC();

    ReportImporter(ReportPreparation preparation, ReportWriter writer, TransactionTemplate transactions,
                   ReportExporter exporter, KemuProperties properties) {
        this.revisionsKept = properties.revisions().keep();
        this.preparation = preparation;
        this.writer = writer;
        this.transactions = transactions;
        this.exporter = exporter;
    }

    /** A named JSON text: a file, or one document of a mutation. */
    public record Input(String name, String json) {
    }

    /**
     * Imports every report of every input, or none. Throws {@link ImportException} listing every error when any
     * document is invalid.
     */
    public ImportResult importAll(List<Input> inputs, boolean dryRun) {
        return write(preparation.prepareInputs(inputs), dryRun);
    }

    /** Imports documents built in memory (no JSON parsing), e.g. a generated dataset, all or nothing. */
    public ImportResult importDocuments(String source, List<ReportDocument> documents, boolean dryRun) {
        return write(preparation.prepare(source, documents), dryRun);
    }

    /**
     * Writes a prepared batch in one transaction, all or nothing (rolled back when {@code dryRun}). A transient
     * failure (a deadlock, a lock wait that timed out) is retried; one that persists is a CONFLICT naming the reports,
     * never an internal error.
     */
    public ImportResult write(PreparedBatch batch, boolean dryRun) {
        for (int attempt = 1; ; attempt++) {
            try {
                return writeOnce(batch, dryRun);
            } catch (TransientDataAccessException e) {
                if (attempt == WRITE_ATTEMPTS) {
                    throw new ImportException(List.of(new ImportProblem(ImportProblem.Severity.ERROR, "batch", "$",
                            String.join(", ", batch.reports().stream().map(Prepared::reportId).toList()),
                            "CONFLICT: other writes held these reports through " + WRITE_ATTEMPTS
                                    + " attempts; nothing was written, send the batch again")));
                }
                pause(RETRY_PAUSE.multipliedBy(1L << (2 * (attempt - 1))));
            }
        }
    }

    private ImportResult writeOnce(PreparedBatch batch, boolean dryRun) {
        var problems = new ArrayList<>(batch.warnings());
        var importedAt = clock.instant().toString();
        var decided = new AtomicReference<List<ImportResult.ReportOutcome>>();
        try {
            transactions.executeWithoutResult(status -> {
                writer.lockReportWrites();
                var result = write(batch.reports(), importedAt, problems);
                if (result.stream().anyMatch(outcome -> outcome.status() != ImportResult.Status.UNCHANGED)) {
                    writer.bumpDataVersion();
                }
                if (dryRun) {
                    status.setRollbackOnly();
                }
                decided.set(result);
            });
        } catch (RuntimeException failure) {
            // decided: every statement ran, so the failure came from the commit, which may have happened all the same
            if (decided.get() == null || dryRun) {
                throw failure;
            }
            verifyCommitted(batch, decided.get(), importedAt, failure);
        }
        return new ImportResult(dryRun, decided.get(), List.copyOf(problems));
    }

    /**
     * After a commit that failed (the connection lost or the disk full while committing), reads back whether the
     * batch was stored: a report this import created or replaced carries its checksum and import time. Returns when
     * it was (the statuses decided in the transaction are true); rethrows the failure when it was not (nothing was
     * written); throws {@link UnknownOutcomeException} when the database cannot be read meanwhile.
     */
    private void verifyCommitted(PreparedBatch batch, List<ImportResult.ReportOutcome> decided, String importedAt,
                                 RuntimeException failure) {
        var written = decided.stream().filter(outcome -> outcome.status() != ImportResult.Status.UNCHANGED)
                .map(ImportResult.ReportOutcome::reportId).toList();
        if (written.isEmpty()) {
            return;
        }
        var checksums = batch.reports().stream().collect(Collectors.toMap(Prepared::reportId, Prepared::checksum, (a, b) -> a));
        var stored = readBack(written, failure);
        var committed = written.stream().anyMatch(id -> stored.containsKey(id)
                && checksums.get(id).equals(stored.get(id).checksum()) && importedAt.equals(stored.get(id).importedAt()));
        log.warn("The commit of an import of {} report(s) failed ({}); read back, the batch was {}", decided.size(),
                rootMessage(failure), committed ? "committed: its callers get the statuses it was written with"
                        : "not written");
        if (!committed) {
            throw failure;
        }
    }

    private Map<String, ReportWriter.StoredReport> readBack(List<String> reportIds, RuntimeException commitFailure) {
        for (int attempt = 0; ; attempt++) {
            try {
                return transactions.execute(status -> writer.storedReports(reportIds));
            } catch (RuntimeException unreadable) {
                if (attempt == VERIFY_PAUSES.size()) {
                    log.warn("The commit of an import failed ({}) and the database could not be read back ({}); "
                            + "whether reports {} were written is UNKNOWN", rootMessage(commitFailure),
                            rootMessage(unreadable), reportIds);
                    throw new UnknownOutcomeException(reportIds, commitFailure, unreadable);
                }
                pause(VERIFY_PAUSES.get(attempt));
            }
        }
    }

    private static String rootMessage(Throwable failure) {
        var root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    /**
     * Writes the changed reports of a batch: one statement per part of the format for the whole batch. A report
     * whose checksum is stored already is left alone; a report that replaces an earlier version keeps that
     * version as a revision. The consistency warnings of the reports written join the result.
     */
    private List<ImportResult.ReportOutcome> write(List<Prepared> prepared, String importedAt, List<ImportProblem> warnings) {
        var stored = writer.storedReports(prepared.stream().map(Prepared::reportId).toList());
        var changed = prepared.stream()
                .filter(p -> !stored.containsKey(p.reportId()) || !p.checksum().equals(stored.get(p.reportId()).checksum()))
                .toList();
        refuseRemovingAllLines(changed, stored);
        var replaced = changed.stream().map(Prepared::reportId).filter(stored::containsKey).toList();
        keepRevisions(replaced, stored);
        writer.upsertUnits(changed.stream().map(p -> p.rows().unit()).distinct().toList());
        writer.deleteReports(replaced);
        writer.createReports(changed.stream().map(p -> {
            var report = new HashMap<>(p.rows().report());
            report.put("checksum", p.checksum());
            report.put("importedAt", importedAt);
            return (Map<String, Object>) report;
        }).toList());
        var lines = flatten(changed, ReportRows.Rows::lines);
        writer.createLines(lines);
        writer.changeRegionTotals(new RegionTotals().add(lines, 1));
        writer.createClassTotals(changed.stream().flatMap(p -> ClassTotals.of(p.rows().lines()).stream()).toList());
        writer.createFigures(flatten(changed, ReportRows.Rows::figures));
        writer.createThreePublic(flatten(changed, ReportRows.Rows::threePublic));
        writer.createCounts(flatten(changed, ReportRows.Rows::counts));
        writer.createDefinitions(flatten(changed, ReportRows.Rows::definitions));
        writer.createProjects(flatten(changed, ReportRows.Rows::projects));
        changed.forEach(p -> warnings.addAll(p.inconsistencies()));
        return prepared.stream().map(p -> {
            var status = !changed.contains(p) ? ImportResult.Status.UNCHANGED
                    : stored.containsKey(p.reportId()) ? ImportResult.Status.REPLACED : ImportResult.Status.CREATED;
            var doc = p.document();
            return new ImportResult.ReportOutcome(p.reportId(), (String) p.rows().unit().get("id"), doc.unit().name(),
                    doc.year(), doc.kind(), status, p.rows().lines().size());
        }).toList();
    }

    /**
     * A document without lines that would replace a stored report with lines is more likely a mistake than a
     * correction: it is refused, with the batch, unless the document says {@code "replaceEmpty": true}.
     */
    private static void refuseRemovingAllLines(List<Prepared> changed, Map<String, ReportWriter.StoredReport> stored) {
        var problems = changed.stream()
                .filter(p -> p.rows().lines().isEmpty() && !p.document().mayRemoveAllLines())
                .filter(p -> stored.containsKey(p.reportId()) && stored.get(p.reportId()).lines() > 0)
                .map(p -> new ImportProblem(ImportProblem.Severity.ERROR, p.parsed().file(), p.parsed().root() + ".lines",
                        null, "the document has no lines but the stored report " + p.reportId() + " has "
                        + stored.get(p.reportId()).lines() + ": importing it would remove them all; add \"replaceEmpty\": true"
                        + " to the document if that is meant"))
                .toList();
        if (!problems.isEmpty()) {
            throw new ImportException(problems);
        }
    }

    /** Stores the versions about to be replaced, in the report format, with when they were imported and replaced. */
    private void keepRevisions(Collection<String> replaced, Map<String, ReportWriter.StoredReport> stored) {
        if (replaced.isEmpty()) {
            return;
        }
        var previous = exporter.export(replaced);
        var replacedAt = clock.instant().toString();
        writer.createRevisions(replaced.stream().map(id -> {
            var revision = new HashMap<String, Object>();
            revision.put("reportId", id);
            revision.put("replacedAt", replacedAt);
            revision.put("importedAt", stored.get(id).importedAt());
            revision.put("checksum", stored.get(id).checksum());
            revision.put("parts", RevisionContents.split(previous.get(id)).stream().map(RevisionContents.Part::row).toList());
            return (Map<String, Object>) revision;
        }).toList());
        writer.pruneRevisions(replaced, revisionsKept);
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry an import", e);
        }
    }

    private static List<Map<String, Object>> flatten(List<Prepared> prepared,
                                                     Function<ReportRows.Rows, List<Map<String, Object>>> part) {
        return prepared.stream().flatMap(p -> part.apply(p.rows()).stream()).toList();
    }
}
