package org.kemu.availability;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.LivenessState;
import org.springframework.context.event.EventListener;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Whether the database answered lately, told by the requests themselves: the first that finds it unreachable
 * logs it, later ones only count, and the first success after an outage logs how long it lasted.
 */
@Component
public final class DatabaseAvailability {

    /** How long a client should wait before it tries again; a restarting database is usually back by then. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(5);
    public static final String SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE";

    private static final Logger log = LoggerFactory.getLogger(DatabaseAvailability.class);

    private final AtomicReference<Instant> downSince = new AtomicReference<>();
    private final AtomicBoolean failed = new AtomicBoolean();
    private final AtomicLong refused = new AtomicLong();

    /** Whether the exception, or one of its causes, says the database cannot be reached. */
    public static boolean isUnreachable(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ServiceUnavailableException || cause instanceof SessionExpiredException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Liveness turns BROKEN when the embedded database has failed (Neo4j's panic): from then on every request that
     * needs it is refused as unavailable, not failed as a fault of kemu's, until the process restarts.
     */
    @EventListener
    void onLiveness(AvailabilityChangeEvent<LivenessState> change) {
        if (change.getState() == LivenessState.BROKEN && failed.compareAndSet(false, true)) {
            log.error("The database has failed and answers nothing until kemu restarts; liveness is DOWN so that its"
                    + " supervisor restarts it, and requests that need the database are answered {}", SERVICE_UNAVAILABLE);
        }
    }

    /** Whether a request that failed with this exception failed for want of a database, unreachable or failed. */
    public boolean isUnavailable(Throwable failure) {
        return failed.get() || isUnreachable(failure);
    }

    /** Records a request refused because the database is unreachable, and the error to answer it with. */
    public GraphQLError refused(Throwable failure) {
        if (downSince.compareAndSet(null, Instant.now())) {
            refused.set(0);
            log.warn("The database is unreachable ({}); requests that need it are answered {} until it is back",
                    rootMessage(failure), SERVICE_UNAVAILABLE);
        }
        refused.incrementAndGet();
        return GraphqlErrorBuilder.newError().errorType(ErrorType.INTERNAL_ERROR)
                .message("the database is unreachable just now; retry in " + RETRY_AFTER.toSeconds() + " s")
                .extensions(Map.of("code", SERVICE_UNAVAILABLE, "retryAfterSeconds", RETRY_AFTER.toSeconds()))
                .build();
    }

    /** Records that the database answered; ends an outage if there was one. */
    public void answered() {
        var since = downSince.getAndSet(null);
        if (since != null) {
            log.info("The database is reachable again after {} s; {} requests were answered {} meanwhile",
                    Duration.between(since, Instant.now()).toSeconds(), refused.get(), SERVICE_UNAVAILABLE);
        }
    }

    public boolean isDown() {
        return downSince.get() != null;
    }

    private static String rootMessage(Throwable failure) {
        var root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
