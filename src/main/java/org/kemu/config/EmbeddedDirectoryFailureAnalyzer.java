package org.kemu.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A server that cannot open its embedded database's directory says why and what to do, instead of ending in a
 * stack trace: another process holds it (a second start beside a running server, or one still shutting down), or
 * it cannot be created or written.
 */
final class EmbeddedDirectoryFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedDirectoryException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedDirectoryException cause) {
        return new FailureAnalysis(cause.explanation(), cause.remedy(), cause);
    }
}
