package org.kemu.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.kemu.importing.ImportException;
import org.kemu.importing.ImportResult;
import org.kemu.importing.ReportImporter;
import org.kemu.importing.UnknownOutcomeException;

/**
 * {@code import [--dry-run] FILE...} and {@code import --from-text FILE.txt --region CODE [--force] [--dry-run]}:
 * report documents, or the reports extracted from a disclosure's text, through the same importer as the API.
 */
final class ImportCommand implements Command {

    private final Console console;

    ImportCommand(Console console) {
        this.console = console;
    }

    record Options(List<String> files, boolean dryRun, boolean fromText, String region, boolean force,
                   List<String> settings) {

        static Options parse(List<String> args) throws UsageException {
            var arguments = new Arguments(args);
            var files = new ArrayList<String>();
            var dryRun = false;
            var fromText = false;
            String region = null;
            var force = false;
            for (var arg = arguments.next(); arg != null; arg = arguments.next()) {
                switch (arg) {
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
                throw new UsageException("import --from-text needs exactly one FILE.txt");
            }
            if (fromText && region == null) {
                throw new UsageException("import --from-text needs --region CODE: a report is stored under its region");
            }
            return new Options(List.copyOf(files), dryRun, fromText, region, force, arguments.settings());
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
        return runImport(options, importer -> importer.importDocuments(file, extraction.reports(), options.dryRun()));
    }

    /** Runs an import and prints its outcome: warnings and problems to stderr, one line per report to stdout. */
    private int runImport(Options options, Function<ReportImporter, ImportResult> importing) {
        try (var context = CommandContext.start(options.settings())) {
            var result = importing.apply(context.getBean(ReportImporter.class));
            result.warnings().forEach(console.err()::println);
            for (var report : result.reports()) {
                console.out().println((options.dryRun() ? "would be " : "") + report.status() + " " + report.reportId() + " "
                        + report.unitName() + " " + report.year() + " " + report.kind() + " (" + report.lineCount()
                        + " lines)");
            }
            return 0;
        } catch (ImportException e) {
            e.problems().forEach(console.err()::println);
            console.err().println("rejected: nothing was imported");
            return 1;
        } catch (UnknownOutcomeException e) {
            console.err().println(e.getMessage());
            return 4;
        }
    }
}
