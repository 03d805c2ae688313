package org.kemu.api;

/** The request lacks the permission an operation needs; the message says what is missing. */
public final class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
