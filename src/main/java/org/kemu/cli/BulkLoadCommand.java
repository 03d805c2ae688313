package org.kemu.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.kemu.config.EmbeddedDatabaseInUseException;
import org.kemu.importing.BulkLoader;
import org.kemu.importing.ImportException;
import org.kemu.importing.ImportResult;
import org.kemu.importing.OfflineImport;
import org.kemu.importing.ReportImporter;
import org.kemu.synthetic.DatasetSize;
import org.kemu.synthetic.SyntheticDataset;

/**
 * {@code bulk-load FILE... | --synthetic SIZE [--seed N] [--out FILE]}: the first load of a large dataset into an
 * embedded database that holds none yet. The documents are checked against the seed's classification and regions,
 * as an import into the new database would check them, and turned into the graph that import would write, as
 * files in a scratch directory; Neo4j's offline importer writes that graph into the new database, whose first
 * start creates the indexes and loads the seed. Later imports go through the ordinary importer and find every
 * report as if it had been imported one by one.
 */
final class BulkLoadCommand implements Command {

    private static final String DATA_DIR = "kemu.neo4j.embedded.data-dir";
    /** The files leave the seed to the new database's first start: it must load it whatever the configuration says. */
    private static final String SEED_LOAD = "--kemu.seed.enabled=";
    /** Neo4j's importer's own account of the load, kept beside the database it made. */
    private static final String IMPORT_LOG = "bulk-load-import.log";
    private static final int PROGRESS_EVERY_SECONDS = 10;

    private final Console console;

    BulkLoadCommand(Console console) {
        this.console = console;
    }

    record Options(List<String> files, DatasetSize synthetic, long seed, String out, List<String> settings) {

        static Options parse(List<String> args) throws UsageException {
            var arguments = new Arguments(args);
            var files = new ArrayList<String>();
            DatasetSize synthetic = null;
            long seed = 1;
            String out = null;
            for (var arg = arguments.next(); arg != null; arg = arguments.next()) {
                switch (arg) {
                    case "--synthetic" -> synthetic = arguments.choice(arg, DatasetSize.class);
                    case "--seed" -> seed = arguments.longValue(arg);
                    case "--out" -> out = arguments.value(arg);
                    default -> files.add(arguments.operand(arg));
                }
            }
            if (files.isEmpty() == (synthetic == null)) {
                throw new UsageException("bulk-load needs report FILEs or --synthetic SIZE, not both");
            }
            if (arguments.settings().stream().anyMatch(setting -> setting.startsWith(SEED_LOAD)
                    && !setting.equals(SEED_LOAD + "true"))) {
                throw new UsageException("bulk-load checks the documents against the seed and loads it into the new"
                        + " database: it cannot be told " + SEED_LOAD + "false");
            }
            return new Options(List.copyOf(files), synthetic, seed, out, arguments.settings());
        }

        /** Where the database goes: as for the server, but the synthetic dataset's own directory by default. */
        String[] defaults() {
            return synthetic == null ? new String[0] : new String[]{DATA_DIR + "=" + SyntheticCommand.DATA_DIR};
        }

        String describe() {
            return synthetic == null ? files.size() + " file(s)" : "synthetic " + synthetic + " seed " + seed;
        }
    }

    @Override
    public int run(List<String> args) throws UsageException {
        var options = Options.parse(args);
        if (!CommandContext.embedded(options.settings())) {
            console.err().println("bulk-load writes the files of the embedded database; for an external Neo4j "
                    + "(spring.neo4j.uri) use import, or that server's own neo4j-admin");
            return 1;
        }
        // checked before anything starts, so that a mistyped name costs no database start
        var unreadable = options.files().stream().filter(file -> !Files.isReadable(Path.of(file))).toList();
        if (!unreadable.isEmpty()) {
            unreadable.forEach(file -> console.err().println("ERROR " + file + ": cannot read it"));
            console.err().println("rejected: nothing was loaded");
            return 1;
        }
        var target = Path.of(CommandContext.dataDir(options.settings(), options.defaults()));
        if (StoreLock.isHeld(target)) {
            throw EmbeddedDatabaseInUseException.of(target);
        }
        if (!OfflineImport.isEmpty(target)) {
            console.err().println("bulk-load makes a new database, and " + OfflineImport.databaseDirectory(target)
                    + " holds one already: add to it with import, or give an empty --" + DATA_DIR + "=DIR");
            return 1;
        }
        try {
            var scratch = OfflineImport.scratchDirectory(target);
            try {
                return load(options, target, scratch);
            } finally {
                OfflineImport.delete(scratch);
            }
        } catch (UncheckedIOException e) {
            console.err().println("bulk-load failed: " + e.getMessage() + ": " + e.getCause().getMessage()
                    + "; nothing was loaded");
            return 1;
        }
    }

    private int load(Options options, Path target, Path scratch) {
        var began = System.nanoTime();
        console.err().println("bulk-load: checking the documents against the seed and writing them as a graph");
        var loader = BulkLoader.againstTheSeed().reportingTo(new ProgressLines(began));
        BulkLoader.Files files;
        try {
            var directory = createDirectory(scratch.resolve("files"));
            files = options.synthetic() != null
                    ? loader.write("synthetic",
                            SyntheticDataset.overTheSeed(options.synthetic(), options.seed()).iterator(), directory)
                    : loader.writeInputs(options.files().stream().map(BulkLoadCommand::read).iterator(), directory);
        } catch (ImportException e) {
            e.problems().forEach(console.err()::println);
            console.err().println("rejected: nothing was loaded");
            return 1;
        }
        var written = System.nanoTime();
        console.err().println("bulk-load: Neo4j's importer is writing the store (its log: " + target.resolve(IMPORT_LOG)
                + ")");
        try {
            OfflineImport.run(target, files, target.resolve(IMPORT_LOG));
        } catch (IllegalStateException e) {
            console.err().println("bulk-load failed: " + e.getMessage());
            return 1;
        }
        var imported = System.nanoTime();
        console.err().println("bulk-load: starting the new database, which creates and fills its indexes");
        // the new database's first start creates and fills its indexes before it returns; its seed load finds the
        // seed in the files
        var firstStart = new ArrayList<>(options.settings().stream().filter(setting -> !setting.startsWith(SEED_LOAD))
                .toList());
        firstStart.add(SEED_LOAD + "true");
        var replaced = 0;
        try (var context = CommandContext.start(firstStart, options.defaults())) {
            if (!files.replacingTheSeed().isEmpty()) {
                replaced = (int) context.getBean(ReportImporter.class)
                        .importDocuments("bulk-load", files.replacingTheSeed(), false).reports().stream()
                        .filter(report -> report.status() == ImportResult.Status.REPLACED).count();
            }
        } catch (ImportException e) {
            e.problems().forEach(console.err()::println);
            console.err().println("bulk-load loaded " + target + " but not the documents above, other versions of seed"
                    + " reports, which the importer refused");
            return 1;
        }
        var ended = System.nanoTime();
        files.firstWarnings().forEach(console.err()::println);
        if (files.warnings() > files.firstWarnings().size()) {
            console.err().println("… " + (files.warnings() - files.firstWarnings().size()) + " more warnings");
        }
        var line = String.format(Locale.ROOT,
                "bulk-load %s: %d reports%s, %d lines, %d nodes, %d relationships into %s: the documents checked"
                        + " against the seed and written as a graph with it in %.1f s, imported in %.1f s, indexed"
                        + " in %.1f s; %.1f s in all = %.0f lines/s",
                options.describe(), files.reports(), seedReports(files.seedsOwn(), replaced),
                files.lines(), files.nodes(), files.relationships(), target,
                seconds(began, written), seconds(written, imported),
                seconds(imported, ended), seconds(began, ended), files.lines() / seconds(began, ended));
        return console.printAndAppend(line, options.out());
    }

    /** A line on stderr at most every {@value #PROGRESS_EVERY_SECONDS} s while the documents are written. */
    private final class ProgressLines implements BulkLoader.Progress {
        private final long began;
        private long lastLine;

        ProgressLines(long began) {
            this.began = began;
            this.lastLine = began;
        }

        @Override
        public void written(int reports, long lines) {
            var now = System.nanoTime();
            if (now - lastLine >= PROGRESS_EVERY_SECONDS * 1_000_000_000L) {
                lastLine = now;
                console.err().printf(Locale.ROOT, "bulk-load: %,d reports, %,d lines checked and written (%.0f s)%n",
                        reports, lines, seconds(began, now));
            }
        }
    }

    /** What became of the load's reports that are seed reports: loaded with the seed, or imported over it. */
    private static String seedReports(int same, int replaced) {
        var parts = new ArrayList<String>();
        if (same > 0) {
            parts.add(same + " of them the seed's own, loaded with it");
        }
        if (replaced > 0) {
            parts.add(replaced + " replacing the seed's, imported after it");
        }
        return parts.isEmpty() ? "" : " (" + String.join("; ", parts) + ")";
    }

    private static ReportImporter.Input read(String file) {
        try {
            return new ReportImporter.Input(file, Files.readString(Path.of(file), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static double seconds(long from, long to) {
        return (to - from) / 1e9;
    }

    private static Path createDirectory(Path directory) {
        try {
            return Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make " + directory, e);
        }
    }
}
