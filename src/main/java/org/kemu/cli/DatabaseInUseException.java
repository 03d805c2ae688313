package org.kemu.cli;

/**
 * The embedded database could not start because another process — most often a running kemu server — holds its
 * directory (Neo4j's store lock). Said in one line, without a stack trace: the remedy is to use that server.
 */
public final class DatabaseInUseException extends RuntimeException {

    DatabaseInUseException(String message) {
        super(message);
    }
}
