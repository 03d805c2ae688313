package org.kemu.extraction;

/** The text cannot be read as a disclosure: empty, not text, or not a budget disclosure. The message says which. */
public final class ExtractionException extends RuntimeException {

    public ExtractionException(String message) {
        super(message);
    }
}
