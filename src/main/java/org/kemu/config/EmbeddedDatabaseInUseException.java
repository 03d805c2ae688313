package org.kemu.config;

import java.nio.file.Path;

import org.neo4j.io.locker.FileLockException;

/**
 * The embedded database could not start because another process holds its directory (Neo4j's store lock): most
 * often another kemu server, or a command working on the same directory.
 */
public final class EmbeddedDatabaseInUseException extends EmbeddedDirectoryException {

    EmbeddedDatabaseInUseException(Path dataDir, Throwable cause) {
        super(dataDir, "the embedded database in " + dataDir + " is held by another process", cause);
    }

    /** For a caller that finds the directory held before it starts Neo4j (the commands check first). */
    public static EmbeddedDatabaseInUseException of(Path dataDir) {
        return new EmbeddedDatabaseInUseException(dataDir, null);
    }

    @Override
    public String explanation() {
        return "The embedded database in " + dataDir() + " is held by another process: another kemu server"
                + " (perhaps one still shutting down) or a kemu command working on that directory.";
    }

    @Override
    public String remedy() {
        return "Stop that process and start again, or give this server a directory of its own"
                + " (--kemu.neo4j.embedded.data-dir=DIR) or an external Neo4j (SPRING_NEO4J_URI).";
    }

    /**
     * Whether {@code failure} is, at its root, Neo4j refusing a store that another process has locked (its
     * {@code data/databases/store_lock}).
     */
    public static boolean isStoreLocked(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof EmbeddedDatabaseInUseException || cause instanceof FileLockException
                    || cause.getMessage() != null && cause.getMessage().contains("store_lock")) {
                return true;
            }
        }
        return false;
    }
}
