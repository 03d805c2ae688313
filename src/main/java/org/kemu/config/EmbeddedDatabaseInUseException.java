package org.kemu.config;

import java.nio.file.Path;

import org.neo4j.io.locker.FileLockException;

/**
 * The embedded database could not start because another process holds its directory (Neo4j's store lock): most
 * often another kemu server, or a command working on the same directory.
 */
public final class EmbeddedDatabaseInUseException extends RuntimeException {

    private final transient Path dataDir;

    EmbeddedDatabaseInUseException(Path dataDir, Throwable cause) {
        super("the embedded database in " + dataDir + " is held by another process", cause);
        this.dataDir = dataDir;
    }

    /** The directory another process holds. */
    public Path dataDir() {
        return dataDir;
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
