package org.kemu.availability;

import java.net.UnknownHostException;

import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;

/**
 * A server whose database cannot be used at start-up says which database and why, instead of ending in a stack
 * trace: it could not be reached within the start-up wait (a wrong URI, a database not started), or it refused
 * kemu's credentials.
 */
final class DatabaseAtStartFailureAnalyzer implements FailureAnalyzer {

    private final Environment environment;

    DatabaseAtStartFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DatabaseUnreachableAtStartException unreachable) {
                return new FailureAnalysis(
                        "The Neo4j database " + database() + " could not be reached within "
                                + unreachable.waited().toSeconds() + " s (kemu.neo4j.startup-wait). "
                                + reason(unreachable),
                        "Start that database or correct its address (SPRING_NEO4J_URI); give a database that starts"
                                + " slowly more time with KEMU_NEO4J_STARTUP_WAIT; or leave SPRING_NEO4J_URI unset to"
                                + " use the embedded database.",
                        unreachable);
            }
            if (cause instanceof AuthenticationException refused) {
                return new FailureAnalysis(
                        "The Neo4j database " + database() + " refused kemu's credentials: " + refused.getMessage(),
                        "Set SPRING_NEO4J_AUTHENTICATION_USERNAME and SPRING_NEO4J_AUTHENTICATION_PASSWORD to an"
                                + " account of that database.",
                        refused);
            }
        }
        return null;
    }

    private String database() {
        var uri = environment.getProperty("spring.neo4j.uri");
        return uri == null ? "kemu is configured with" : "at " + uri;
    }

    /**
     * The driver's words for the failure, with the root cause's after them ("Connection refused", "unknown host
     * db.example").
     */
    private static String reason(Throwable failure) {
        String driver = null;
        var deepest = failure;
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (driver == null && cause instanceof ServiceUnavailableException) {
                driver = cause.getMessage();
            }
            deepest = cause;
        }
        var message = String.valueOf(deepest.getMessage());
        var root = deepest instanceof UnknownHostException ? "unknown host " + message
                : message.substring(message.lastIndexOf(": ") + 1).strip();
        return driver == null ? message : driver + " (" + root + ")";
    }
}
