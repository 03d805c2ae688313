package org.kemu.importing;

import java.util.List;

/**
 * An import whose commit failed and whose outcome could not be read back, the database being unreachable: the
 * batch may or may not have been written. Its reports are named so that the caller can check them, or send the
 * batch again (a report that was written then answers UNCHANGED).
 */
public final class UnknownOutcomeException extends RuntimeException {

    /** The {@code extensions.code} a GraphQL caller gets. */
    public static final String CODE = "UNKNOWN";

    private final List<String> reportIds;

    /**
     * The database's failures are kept as suppressed exceptions for the log, not as the cause: for the caller
     * this is not an outage to retry blindly but an outcome to check.
     */
    UnknownOutcomeException(List<String> reportIds, Throwable commitFailure, Throwable readFailure) {
        super(CODE + ": the database failed while committing the import and could not be reached to read back whether "
                + "it was written; check report(s) " + String.join(", ", reportIds) + " (exportReport), or send the "
                + "batch again: a report that was written then answers UNCHANGED");
        this.reportIds = List.copyOf(reportIds);
        addSuppressed(commitFailure);
        addSuppressed(readFailure);
    }

    public List<String> reportIds() {
        return reportIds;
    }
}
