package org.kemu.api;

/** Input a client sent that cannot be answered; the message names the offending value, quoted by {@link Excerpt#of}. */
public final class BadInputException extends RuntimeException {

    public BadInputException(String message) {
        super(message);
    }
}
