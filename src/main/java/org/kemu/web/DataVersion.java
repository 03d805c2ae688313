package org.kemu.web;

import java.util.concurrent.locks.ReentrantLock;

import org.kemu.config.KemuProperties;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.RoutingControl;
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
    private final ReentrantLock refresh = new ReentrantLock();
    private volatile Reading last;

    private record Reading(long version, long atNanos) {
    }

    DataVersion(Driver driver, DatabaseSelectionProvider databases, KemuProperties kemu) {
        this.driver = driver;
        this.databases = databases;
        this.ttlNanos = kemu.web().dataVersionTtl().toNanos();
    }

    /** The current version, 0 for a database nothing was ever imported into. */
    long current() {
        var reading = last;
        if (fresh(reading)) {
            return reading.version();
        }
        // one reader per expiry; the others wait for its answer rather than each sending the same statement
        refresh.lock();
        try {
            if (!fresh(last)) {
                last = new Reading(read(), System.nanoTime());
            }
            return last.version();
        } finally {
            refresh.unlock();
        }
    }

    private boolean fresh(Reading reading) {
        return reading != null && System.nanoTime() - reading.atNanos() < ttlNanos;
    }

    private long read() {
        var config = QueryConfig.builder().withRouting(RoutingControl.READ);
        var database = databases.getDatabaseSelection().getValue();
        if (database != null) {
            config.withDatabase(database);
        }
        var records = driver.executableQuery(CYPHER).withConfig(config.build()).execute().records();
        return records.isEmpty() ? 0 : records.getFirst().get("version").asLong(0);
    }
}
