package org.kemu.web;

import java.util.OptionalLong;
import java.util.concurrent.locks.ReentrantLock;

import org.kemu.availability.DatabaseAvailability;
import org.kemu.config.KemuProperties;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;

/**
 * The number every import and purge increments in the transaction that changes the reports (the
 * {@code (:DataVersion {name: 'reports'})} node). It is read from the database, not remembered, because several
 * instances may serve one database; an instance reuses what it read for {@code kemu.web.data-version-ttl}.
 * <p>
 * Read through the driver rather than Spring Data's client: it is no data access of the request, and the
 * statement counts tests take of a request's data access should not depend on when the last reading expired.
 */
final class DataVersion {

    private static final String CYPHER = "MATCH (v:DataVersion {name: 'reports'}) RETURN v.version AS version";

    private final Driver driver;
    private final DatabaseSelectionProvider databases;
    private final long ttlNanos;
    private final TransactionConfig withinTheDeadline;
    private final ReentrantLock refresh = new ReentrantLock();
    private volatile Reading last;

    private record Reading(long version, long atNanos) {
    }

    DataVersion(Driver driver, DatabaseSelectionProvider databases, KemuProperties kemu) {
        this.driver = driver;
        this.databases = databases;
        this.ttlNanos = kemu.web().dataVersionTtl().toNanos();
        this.withinTheDeadline = TransactionConfig.builder().withTimeout(kemu.requests().timeout()).build();
    }

    /**
     * The current version, 0 for a database nothing was ever imported into; empty while the database cannot be
     * reached, so that answers then are not cached under a version nobody could read.
     */
    OptionalLong current() {
        var reading = last;
        if (fresh(reading)) {
            return OptionalLong.of(reading.version());
        }
        // one reader per expiry; the others wait for its answer rather than each sending the same statement
        refresh.lock();
        try {
            if (!fresh(last)) {
                last = new Reading(read(), System.nanoTime());
            }
            return OptionalLong.of(last.version());
        } catch (RuntimeException e) {
            if (DatabaseAvailability.isUnreachable(e)) {
                return OptionalLong.empty();
            }
            throw e;
        } finally {
            refresh.unlock();
        }
    }

    private boolean fresh(Reading reading) {
        return reading != null && System.nanoTime() - reading.atNanos() < ttlNanos;
    }

    /**
     * One auto-commit statement, stopped by Neo4j at a request's deadline: the driver's managed reads would retry for
     * half a minute during an outage.
     */
    private long read() {
        var config = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ);
        var database = databases.getDatabaseSelection().getValue();
        if (database != null) {
            config.withDatabase(database);
        }
        try (var session = driver.session(config.build())) {
            var records = session.run(CYPHER, withinTheDeadline).list();
            return records.isEmpty() ? 0 : records.getFirst().get("version").asLong(0);
        }
    }
}
