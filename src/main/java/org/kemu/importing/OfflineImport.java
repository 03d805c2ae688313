package org.kemu.importing;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.neo4j.cli.ExecutionContext;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.importer.ImportCommand;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;

/**
 * The second half of a bulk first load: Neo4j's offline importer ({@code neo4j-admin database import full}, run in
 * this process) writes the files {@link BulkLoader} made into a new store in the embedded database's directory.
 * It refuses a directory whose database exists, so it can never overwrite one; nothing else may hold the directory
 * meanwhile. The new database's first start creates and fills the indexes; the seed is in the files already.
 */
public final class OfflineImport {

    private OfflineImport() {
    }

    /** Whether the embedded database's directory holds no database yet: the only place a bulk load may write. */
    public static boolean isEmpty(Path dataDir) {
        var database = databaseDirectory(dataDir);
        try (var entries = Files.exists(database) ? Files.list(database) : null) {
            return entries == null || entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + database, e);
        }
    }

    /** Where the embedded database's store lives under its data directory. */
    public static Path databaseDirectory(Path dataDir) {
        return dataDir.resolve("data").resolve("databases").resolve(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    }

    private static Path transactionsDirectory(Path dataDir) {
        return dataDir.resolve("data").resolve("transactions").resolve(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    }

    /**
     * Imports the files into {@code dataDir}'s default database, which must be {@link #isEmpty}, the importer's
     * report and progress going to {@code log}. When the importer fails, what it wrote is removed, so the directory
     * is as empty as before, and {@link IllegalStateException} says why with the end of that log.
     */
    public static void run(Path dataDir, BulkLoader.Files files, Path log) {
        var arguments = new ArrayList<String>(files.importArguments());
        // paths as written: a data directory's name holding a pattern's characters must not change what is read
        arguments.addAll(List.of("--id-type=integer", "--array-delimiter=" + BulkGraphFiles.ARRAY_DELIMITER,
                "--path-pattern-style=none", "--bad-tolerance=0", "--report-file=" + log.resolveSibling(log.getFileName() + ".bad"),
                GraphDatabaseSettings.DEFAULT_DATABASE_NAME));
        int exitCode;
        try (var out = new PrintStream(Files.newOutputStream(createParent(log)), true, StandardCharsets.UTF_8)) {
            var home = dataDir.toAbsolutePath().normalize();
            var command = new ImportCommand.Full(new ExecutionContext(home, home.resolve("conf"), out, out,
                    new DefaultFileSystemAbstraction()));
            exitCode = new picocli.CommandLine(command).execute(arguments.toArray(String[]::new));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the importer's log " + log, e);
        }
        if (exitCode != 0) {
            removeStore(dataDir);
            throw new IllegalStateException("Neo4j's importer failed (exit code " + exitCode + ") and nothing was "
                    + "loaded; the end of its log " + log + ":\n" + tail(log));
        }
    }

    private static void removeStore(Path dataDir) {
        for (var directory : List.of(databaseDirectory(dataDir), transactionsDirectory(dataDir))) {
            try {
                delete(directory);
            } catch (UncheckedIOException e) {
                throw new UncheckedIOException("the importer failed, and what it wrote in " + directory
                        + " could not be removed", e.getCause());
            }
        }
    }

    /**
     * A new directory for a bulk load's files, beside the new database, on the disk that must hold it anyway: the
     * files of size L are several gigabytes, more than a temporary directory may have room for.
     */
    public static Path scratchDirectory(Path dataDir) {
        try {
            return Files.createTempDirectory(Files.createDirectories(dataDir), "bulk-load-scratch-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a scratch directory in " + dataDir, e);
        }
    }

    /** Removes a directory and everything in it; nothing when it does not exist. */
    public static void delete(Path directory) {
        if (Files.notExists(directory)) {
            return;
        }
        try (var paths = Files.walk(directory)) {
            for (var path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + directory, e);
        }
    }

    private static Path createParent(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        return file;
    }

    private static String tail(Path log) {
        try {
            var lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }
}
