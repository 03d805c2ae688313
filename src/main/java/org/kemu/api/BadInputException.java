package org.kemu.api;

/** Input a client sent that cannot be answered; the message names the offending value. */
public final class BadInputException extends RuntimeException {

    public BadInputException(String message) {
        super(message);
    }
}
