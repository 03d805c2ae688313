package org.kemu.availability;

import java.time.Duration;

/** The database could not be reached during start-up, not even after waiting {@code kemu.neo4j.startup-wait}. */
public final class DatabaseUnreachableAtStartException extends RuntimeException {

    private final Duration waited;

    public DatabaseUnreachableAtStartException(Duration waited, RuntimeException cause) {
        super("the database could not be reached within " + waited.toSeconds() + " s", cause);
        this.waited = waited;
    }

    /** How long start-up waited for it. */
    public Duration waited() {
        return waited;
    }
}
