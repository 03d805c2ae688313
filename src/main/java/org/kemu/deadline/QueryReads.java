package org.kemu.deadline;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;

import org.kemu.availability.DatabaseAvailability;
import org.neo4j.driver.TransactionConfig;

/**
 * The reads of the GraphQL query running on this thread: until when its statements may run, and whether one of them
 * found the database unreachable. Resolvers run on the request's thread (see the GraphQL configuration), so the
 * sessions their statements open find it here ({@link QueryStatementsDriver}).
 */
final class QueryReads {

    private static final ThreadLocal<QueryReads> ON_THIS_THREAD = new ThreadLocal<>();
    /** Neo4j's timeout is whole milliseconds, and zero would mean none. */
    private static final Duration SHORTEST_TIMEOUT = Duration.ofMillis(1);

    private final long deadlineNanos;
    private RuntimeException unreachable;

    private QueryReads(Duration deadline) {
        this.deadlineNanos = System.nanoTime() + deadline.toNanos();
    }

    /** Runs the work as a query whose statements must end within the deadline, counted from now. */
    static <T> T run(Duration deadline, Supplier<T> work) {
        var outer = ON_THIS_THREAD.get();
        ON_THIS_THREAD.set(new QueryReads(deadline));
        try {
            return work.get();
        } finally {
            ON_THIS_THREAD.set(outer);
        }
    }

    /** The reads of the query running on this thread; null outside a query (an import, the seed load, a command). */
    static QueryReads onThisThread() {
        return ON_THIS_THREAD.get();
    }

    /**
     * What a statement about to be sent may take: the time left until the deadline as its timeout, or the statement's
     * own if that is shorter. The metadata the statement was given is kept. The time left is cut to whole
     * milliseconds, Neo4j's unit: the driver would round a fraction up, past the deadline, and log that it did so
     * for every statement.
     */
    TransactionConfig bound(TransactionConfig given) {
        var left = Duration.ofNanos(deadlineNanos - System.nanoTime()).truncatedTo(ChronoUnit.MILLIS);
        if (left.compareTo(SHORTEST_TIMEOUT) < 0) {
            left = SHORTEST_TIMEOUT;
        }
        var own = given.timeout();
        // zero is Neo4j's "no timeout", so only a positive one of the statement's own can be the shorter
        var timeout = own != null && own.isPositive() && own.compareTo(left) < 0 ? own : left;
        return TransactionConfig.builder().withMetadata(given.metadata()).withTimeout(timeout).build();
    }

    /** Fails at once if an earlier statement of the query found the database unreachable. */
    void requireReachable() {
        if (unreachable != null) {
            throw unreachable;
        }
    }

    /**
     * Remembers a failure that says the database cannot be reached, so that the query's later statements fail with
     * it at once instead of each waiting on the database again.
     */
    void failed(RuntimeException failure) {
        if (unreachable == null && DatabaseAvailability.isUnreachable(failure)) {
            unreachable = failure;
        }
    }
}
