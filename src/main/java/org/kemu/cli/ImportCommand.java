package org.kemu.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.kemu.extraction.DocumentText;
import org.kemu.importing.ImportException;
import org.kemu.importing.ImportResult;
import org.kemu.importing.ReportExporter;
import org.kemu.importing.ReportImporter;
import org.kemu.importing.UnknownOutcomeException;
import org.kemu.ingest.KemuServer;
import org.kemu.ingest.ReportSink;

/**
 * {@code import [--dry-run] FILE...} and {@code import --from-text FILE [--region CODE] [--force] [--dry-run]}:
 * report documents, or the reports extracted from a disclosure's text, through the same importer as the API — in
 * this process, or with {@code --server URL --api-key KEY} in a running server through its mutation.
 */
final class ImportCommand implements Command {

    private final Console console;

    ImportCommand(Console console) {
        this.console = console;
    }

    record Options(List<String> files, boolean dryRun, boolean fromText, String region, boolean force,
                   String server, String apiKey, List<String> settings) {

        static Options parse(List<String> args) throws UsageException {
            var arguments = new Arguments(args);
            var files = new ArrayList<String>();
            var dryRun = false;
            var fromText = false;
            String region = null;
            var force = false;
            String server = null;
            String apiKey = null;
            for (var arg = arguments.next(); arg != null; arg = arguments.next()) {
                switch (arg) {
                    case "--server" -> server = arguments.value(arg);
                    case "--api-key" -> apiKey = arguments.value(arg);
                    case "--dry-run" -> dryRun = true;
                    case "--from-text" -> fromText = true;
                    case "--region" -> region = arguments.value(arg);
                    case "--force" -> force = true;
                    default -> files.add(arguments.operand(arg));
                }
            }
            if (files.isEmpty()) {
                throw new UsageException("import needs at least one FILE");
            }
            if (fromText && files.size() != 1) {
                throw new UsageException("import --from-text needs exactly one FILE (" + DocumentText.kinds() + ")");
            }
            if (server != null && apiKey == null) {
                throw new UsageException("import --server needs --api-key KEY: the server imports only with a key");
            }
            if (apiKey != null && server == null) {
                throw new UsageException("--api-key is for --server URL");
            }
            return new Options(List.copyOf(files), dryRun, fromText, region, force, server, apiKey,
                    arguments.settings());
        }
    }

    @Override
    public int run(List<String> args) throws UsageException {
        var options = Options.parse(args);
        return options.fromText() ? importText(options) : importFiles(options);
    }

    private int importFiles(Options options) {
        var inputs = new ArrayList<ReportImporter.Input>();
        for (var file : options.files()) {
            try {
                inputs.add(new ReportImporter.Input(file, Files.readString(Path.of(file), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                console.err().println("ERROR " + file + ": cannot read (" + e.getMessage() + "); nothing was imported");
                return 1;
            }
        }
        if (options.server() != null) {
            return printDelivery(options, server(options).importTexts(
                    inputs.stream().map(ReportImporter.Input::json).toList(), options.dryRun()));
        }
        return runImport(options, importer -> importer.importAll(inputs, options.dryRun()));
    }

    /** Extracts first, without touching the database: unreadable text or unreconciled figures never get that far. */
    private int importText(Options options) {
        var file = options.files().getFirst();
        var disclosures = new Disclosures(console.err());
        var extraction = disclosures.read(file, options.region());
        if (extraction == null) {
            console.err().println("rejected: nothing was imported");
            return 1;
        }
        disclosures.summarise(extraction.report());
        if (!extraction.report().reconciled() && !options.force()) {
            console.err().println("rejected: " + file + " does not reconcile with its own totals (see above); nothing was "
                    + "imported. Check the figures, or pass --force to import them as read.");
            return 1;
        }
        if (options.server() != null) {
            return printDelivery(options, server(options).importTexts(
                    extraction.reports().stream().map(ReportExporter::toJson).toList(), options.dryRun()));
        }
        return runImport(options, importer -> importer.importDocuments(file, extraction.reports(), options.dryRun()));
    }

    private static KemuServer server(Options options) {
        return new KemuServer(options.server(), options.apiKey());
    }

    /** A running server's answer, printed as an import in this process prints its own. */
    private int printDelivery(Options options, ReportSink.Delivery delivery) {
        if (!delivery.ok()) {
            delivery.errors().forEach(console.err()::println);
            console.err().println("rejected: nothing was imported");
            return 1;
        }
        delivery.reports().forEach(report -> console.out().println(outcome(options, report)));
        return 0;
    }

    private static String outcome(Options options, ImportResult.ReportOutcome report) {
        return (options.dryRun() ? "would be " : "") + report.status() + " " + report.reportId() + " "
                + report.unitName() + " " + report.year() + " " + report.kind() + " (" + report.lineCount() + " lines)";
    }

    /** Runs an import and prints its outcome: warnings and problems to stderr, one line per report to stdout. */
    private int runImport(Options options, Function<ReportImporter, ImportResult> importing) {
        try (var context = CommandContext.start(options.settings())) {
            var result = importing.apply(context.getBean(ReportImporter.class));
            result.warnings().forEach(console.err()::println);
            result.reports().forEach(report -> console.out().println(outcome(options, report)));
            return 0;
        } catch (ImportException e) {
            e.problems().forEach(console.err()::println);
            console.err().println("rejected: nothing was imported");
            return 1;
        } catch (UnknownOutcomeException e) {
            console.err().println(e.getMessage());
            return CommandLine.OUTCOME_UNKNOWN;
        }
    }
}
