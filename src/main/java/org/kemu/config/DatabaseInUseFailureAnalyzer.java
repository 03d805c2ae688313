package org.kemu.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A server whose embedded database directory another process holds says so, and what to do, instead of ending
 * in a stack trace: the usual cause is a second start beside a running server, or one still shutting down.
 */
final class DatabaseInUseFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedDatabaseInUseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedDatabaseInUseException cause) {
        return new FailureAnalysis(
                "The embedded database in " + cause.dataDir() + " is held by another process: another kemu server"
                        + " (perhaps one still shutting down) or a kemu command working on that directory.",
                "Stop that process and start again, or give this server a directory of its own"
                        + " (--kemu.neo4j.embedded.data-dir=DIR) or an external Neo4j (SPRING_NEO4J_URI).",
                cause);
    }
}
