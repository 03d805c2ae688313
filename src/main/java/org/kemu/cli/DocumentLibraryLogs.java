package org.kemu.cli;

import java.util.List;

import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;

/**
 * The libraries that read documents (PDFBox, Apache POI) log warnings about a file's form, such as a substituted font
 * or a damaged zip directory read past, which change nothing a command reports: what matters is in the extraction's
 * own summary, or in its one-line error. Their logs are held to errors, in commands with a Spring context and
 * without one.
 */
final class DocumentLibraryLogs {

    private static final List<String> LOGGERS = List.of("org.apache.pdfbox", "org.apache.poi");

    private DocumentLibraryLogs() {
    }

    /** Holds the libraries' logs to errors from now on, in this process's logging system. */
    static void quiet() {
        var logging = LoggingSystem.get(DocumentLibraryLogs.class.getClassLoader());
        LOGGERS.forEach(logger -> logging.setLogLevel(logger, LogLevel.ERROR));
    }

    /** The same as settings for a Spring context the command starts. */
    static String[] settings() {
        return LOGGERS.stream().map(logger -> "logging.level." + logger + "=ERROR").toArray(String[]::new);
    }
}
