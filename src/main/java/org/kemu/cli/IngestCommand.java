package org.kemu.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

import org.kemu.extraction.DocumentText;
import org.kemu.importing.ReportImporter;
import org.kemu.ingest.DocumentFiles;
import org.kemu.ingest.DocumentOutcome;
import org.kemu.ingest.ImporterSink;
import org.kemu.ingest.Ingestion;
import org.kemu.ingest.KemuServer;
import org.kemu.ingest.Progress;
import org.kemu.ingest.ReportSink;
import org.kemu.ingest.ServerSink;
import org.kemu.ingest.Summary;
import org.kemu.region.RegionService;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code ingest PATH... [--server URL --api-key KEY] [--region CODE] [--force] [--dry-run] [--summary FILE]}:
 * published disclosures read, reconciled and imported one by one, into the embedded database (started while the
 * documents are read) or a running server.
 */
final class IngestCommand implements Command {

    private final Console console;

    IngestCommand(Console console) {
        this.console = console;
    }

    record Options(List<String> paths, String server, String apiKey, String region, boolean force, boolean dryRun,
                   String summary, List<String> settings) {

        static Options parse(List<String> args) throws UsageException {
            var arguments = new Arguments(args);
            var paths = new ArrayList<String>();
            String server = null;
            String apiKey = null;
            String region = null;
            var force = false;
            var dryRun = false;
            String summary = null;
            for (var arg = arguments.next(); arg != null; arg = arguments.next()) {
                switch (arg) {
                    case "--server" -> server = arguments.value(arg);
                    case "--api-key" -> apiKey = arguments.value(arg);
                    case "--region" -> region = arguments.value(arg);
                    case "--force" -> force = true;
                    case "--dry-run" -> dryRun = true;
                    case "--summary" -> summary = arguments.value(arg);
                    default -> paths.add(arguments.operand(arg));
                }
            }
            if (paths.isEmpty()) {
                throw new UsageException("ingest needs at least one file or folder");
            }
            if (server != null && apiKey == null) {
                throw new UsageException("ingest --server needs --api-key KEY: the server imports only with a key");
            }
            if (apiKey != null && server == null) {
                throw new UsageException("--api-key is for --server URL");
            }
            if (summary != null && !Summary.writable(summary)) {
                throw new UsageException("--summary must name a .json or .csv file, got " + summary);
            }
            if (region != null) {
                try {
                    region = RegionService.normalize(region);
                } catch (RuntimeException e) {
                    throw new UsageException("--region: " + e.getMessage());
                }
            }
            return new Options(List.copyOf(paths), server, apiKey, region, force, dryRun, summary,
                    arguments.settings());
        }
    }

    @Override
    public int run(List<String> args) throws UsageException {
        var options = Options.parse(args);
        var found = DocumentFiles.find(options.paths());
        if (found.files().isEmpty() && found.missing().isEmpty()) {
            console.err().println("no " + DocumentText.kinds() + " file in " + String.join(", ", options.paths()));
            return 1;
        }
        DocumentLibraryLogs.quiet();
        var progress = Progress.to(console.err(), System.console() != null);
        Summary summary;
        if (options.server() != null) {
            var server = new KemuServer(options.server(), options.apiKey());
            summary = new Ingestion(dryRun -> new ServerSink(server, dryRun), progress)
                    .run(found, options.region(), options.force(), options.dryRun());
        } else {
            summary = intoEmbeddedDatabase(options, found, progress);
        }
        summary.print(console.out());
        if (options.summary() != null) {
            try {
                summary.write(Path.of(options.summary()));
            } catch (IOException e) {
                console.err().println("cannot write " + options.summary() + ": " + e.getMessage());
                return 1;
            }
        }
        var counts = summary.counts();
        // as extract: 3 when documents were read but their own totals contradict them
        return counts.get(DocumentOutcome.Status.FAILED) > 0 ? 1
                : counts.get(DocumentOutcome.Status.NOT_RECONCILED) > 0 ? 3 : 0;
    }

    /** The database starts on its own thread while the documents are read; only the import waits for it. */
    private static Summary intoEmbeddedDatabase(Options options, DocumentFiles.Found found, Progress progress) {
        var context = found.files().isEmpty() ? null
                : CompletableFuture.supplyAsync(() -> CommandContext.start(options.settings()),
                runnable -> Thread.ofPlatform().name("ingest-database-start").start(runnable));
        Function<Boolean, ReportSink> sinks = dryRun ->
                new ImporterSink(started(context).getBean(ReportImporter.class), dryRun);
        try {
            return new Ingestion(sinks, progress).run(found, options.region(), options.force(), options.dryRun());
        } finally {
            if (context != null) {
                try {
                    started(context).close();
                } catch (RuntimeException ignored) {
                    // it failed to start: the failure was thrown where the import asked for it, or nothing needed it
                }
            }
        }
    }

    private static ConfigurableApplicationContext started(CompletableFuture<ConfigurableApplicationContext> context) {
        try {
            return context.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }
}
