package org.kemu.deadline;

import org.neo4j.dbms.api.DatabaseNotFoundException;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.DatabaseException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.TransientException;
import org.neo4j.graphdb.DatabaseShutdownException;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.kernel.api.exceptions.Status;

/**
 * A failure of a statement run in process, as the driver would have raised it over Bolt: the same Neo4j status code
 * in the same class of exception (client error, transient error, database error), and a database that is not there
 * as unreachable. Spring's exception translation, the deadline's error and the outage handling read these.
 */
final class EmbeddedFailures {

    private static final String UNAVAILABLE = "Neo.TransientError.General.DatabaseUnavailable";

    private EmbeddedFailures() {
    }

    static RuntimeException asDriverException(RuntimeException failure) {
        if (failure instanceof Neo4jException) {
            return failure;
        }
        var code = statusCode(failure);
        if (failure instanceof DatabaseShutdownException || failure instanceof DatabaseNotFoundException
                || UNAVAILABLE.equals(code)) {
            return new ServiceUnavailableException("the embedded database is not available: " + failure.getMessage(),
                    failure);
        }
        if (code == null) {
            return failure;
        }
        Neo4jException translated;
        if (code.startsWith("Neo.ClientError.")) {
            translated = new ClientException(code, failure.getMessage());
        } else if (code.startsWith("Neo.TransientError.")) {
            translated = new TransientException(code, failure.getMessage());
        } else {
            translated = new DatabaseException(code, failure.getMessage());
        }
        translated.addSuppressed(failure);
        return translated;
    }

    private static String statusCode(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof QueryExecutionException query && query.getStatusCode() != null) {
                return query.getStatusCode();
            }
            if (cause instanceof Status.HasStatus status && status.status() != null) {
                return status.status().code().serialize();
            }
        }
        return null;
    }
}
