package org.kemu.cli;

import java.lang.reflect.InvocationTargetException;

/**
 * The jar's first class, compiled for Java 17 so that an older {@code java} on the PATH reads it: on a JVM older
 * than kemu needs it says so in one line instead of failing with a class-version stack trace, otherwise it hands
 * over to {@link Main}.
 */
public final class JavaVersionGate {

    static final int REQUIRED_FEATURE_VERSION = 21;

    private JavaVersionGate() {
    }

    public static void main(String[] args) throws Throwable {
        var running = Runtime.version().feature();
        if (running < REQUIRED_FEATURE_VERSION) {
            System.err.println("kemu needs Java " + REQUIRED_FEATURE_VERSION + " or newer, but this is Java " + running
                    + " (" + System.getProperty("java.home") + "): put a JDK " + REQUIRED_FEATURE_VERSION
                    + "+ first on the PATH or call its bin/java.");
            System.exit(1);
        }
        try {
            // by name: this class is compiled for an older release than Main and must not link to it
            Class.forName("org.kemu.cli.Main").getMethod("main", String[].class).invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
