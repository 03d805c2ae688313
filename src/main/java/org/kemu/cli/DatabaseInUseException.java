package org.kemu.cli;

/**
 * The embedded database could not start because another process — most often a running kemu server — holds its
 * directory (Neo4j's store lock). Said in one line, without a stack trace: the remedy is to use that server.
 */
public final class DatabaseInUseException extends RuntimeException {

    DatabaseInUseException(String message) {
        super(message);
    }

    /** Whether {@code failure} is, at its root, Neo4j refusing a store another process has locked. */
    static boolean isStoreLocked(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause.getClass().getSimpleName().equals("FileLockException")
                    || cause.getMessage() != null && cause.getMessage().contains("store_lock")) {
                return true;
            }
        }
        return false;
    }
}
