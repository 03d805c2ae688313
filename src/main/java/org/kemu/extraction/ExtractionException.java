package org.kemu.extraction;

/**
 * A file or text cannot be read as a disclosure: an unreadable file (unknown kind, a scanned PDF without a text layer,
 * encrypted, truncated or damaged), or text that is empty, not text, or not a budget disclosure. The message names
 * the file and says which.
 */
public final class ExtractionException extends RuntimeException {

    public ExtractionException(String message) {
        super(message);
    }
}
