package org.kemu.importing;

import org.kemu.api.Excerpt;

/**
 * Something wrong with an imported document, located precisely.
 *
 * @param file  the file or document name the client gave
 * @param path  JSON path inside the document, e.g. {@code $[1].lines[3].code}
 * @param value the offending value as text, quoted as {@link Excerpt#of} quotes it; null when the problem is a
 *              missing value
 */
public record ImportProblem(Severity severity, String file, String path, String value, String message) {

    public ImportProblem {
        value = Excerpt.of(value);
    }

    public enum Severity { WARNING, ERROR }

    @Override
    public String toString() {
        return severity + " " + file + " " + path + (value == null ? "" : " = " + value) + ": " + message;
    }
}
