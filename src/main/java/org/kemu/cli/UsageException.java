package org.kemu.cli;

/** A command line that cannot be run as given: its message is printed above the usage, and the exit code is 2. */
public final class UsageException extends Exception {

    public UsageException(String message) {
        super(message);
    }
}
