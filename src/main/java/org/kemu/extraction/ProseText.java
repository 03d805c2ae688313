package org.kemu.extraction;

import java.util.Arrays;
import java.util.Set;

/**
 * The running text of a disclosure outside its tables, joined into one string so that sentences broken over lines
 * (and over the blank lines some PDF extractions put between every line) read whole. Spaces next to ideographs are
 * dropped ("支出决算为 736.09万元" reads "支出决算为736.09万元"); every character remembers the line it came from.
 */
final class ProseText {

    private final String text;
    private final int[] lineAt;

    private ProseText(String text, int[] lineAt) {
        this.text = text;
        this.lineAt = lineAt;
    }

    static ProseText of(SourceText source, Set<Integer> excludedLines) {
        var joined = new StringBuilder();
        var lines = new int[source.size() * 8 + 16];
        var length = 0;
        for (var line : source.lines()) {
            if (excludedLines.contains(line.number()) || line.isBlank() || line.compact().matches("\\d{1,3}")) {
                continue;
            }
            var cleaned = clean(line.folded());
            if (!joined.isEmpty() && !cleaned.isEmpty() && isAlphanumeric(joined.charAt(joined.length() - 1))
                    && isAlphanumeric(cleaned.charAt(0))) {
                cleaned = " " + cleaned;
            }
            for (int i = 0; i < cleaned.length(); i++) {
                if (length == lines.length) {
                    lines = Arrays.copyOf(lines, lines.length * 2);
                }
                lines[length++] = line.number();
            }
            joined.append(cleaned);
        }
        return new ProseText(joined.toString(), Arrays.copyOf(lines, length));
    }

    /** Whitespace runs to one space, and no space at all next to an ideograph or full-width punctuation. */
    static String clean(String folded) {
        var collapsed = folded.strip().replaceAll("\\s+", " ");
        var result = new StringBuilder(collapsed.length());
        for (int i = 0; i < collapsed.length(); i++) {
            var c = collapsed.charAt(i);
            if (c == ' ' && i > 0 && i + 1 < collapsed.length()
                    && (isWide(collapsed.charAt(i - 1)) || isWide(collapsed.charAt(i + 1)))) {
                continue;
            }
            result.append(c);
        }
        return result.toString();
    }

    private static boolean isWide(char c) {
        return c >= '\u2E80' || c == '(' || c == ')' || c == ':' || c == ';';
    }

    private static boolean isAlphanumeric(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    String text() {
        return text;
    }

    /** The source line of a character offset. */
    int lineAt(int offset) {
        if (lineAt.length == 0) {
            return 1;
        }
        return lineAt[Math.max(0, Math.min(offset, lineAt.length - 1))];
    }
}
