package org.kemu.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The text of a disclosure split into numbered lines. Each line keeps the text as printed (for names) and a folded
 * copy of the same length in which full-width ASCII forms and ideographic spaces are half-width, so that positions
 * found in one are valid in the other. Form feeds (page breaks of {@code pdftotext}) give every line its page.
 */
final class SourceText {

    /** Word exports leave bookmark anchors in the text; they carry nothing a reader would see. */
    private static final Pattern BOOKMARK = Pattern.compile("\\[bookmark: [^\\]]*\\]");

    record Line(int number, int page, String text, String folded) {

        boolean isBlank() {
            return folded.isBlank();
        }

        boolean hasTabs() {
            return folded.indexOf('\t') >= 0;
        }

        /** The folded text without any whitespace: what a reader sees, for keyword matching. */
        String compact() {
            return folded.replaceAll("\\s+", "");
        }
    }

    private final List<Line> lines;

    private SourceText(List<Line> lines) {
        this.lines = List.copyOf(lines);
    }

    static SourceText of(String raw) {
        var lines = new ArrayList<Line>();
        var page = 1;
        var number = 0;
        for (var rawLine : raw.split("\r?\n|\r", -1)) {
            number++;
            var text = rawLine;
            var breaks = text.chars().filter(c -> c == '\f').count();
            page += (int) breaks;
            text = BOOKMARK.matcher(text.replace("\f", "")).replaceAll("");
            lines.add(new Line(number, page, text, fold(text)));
        }
        return new SourceText(lines);
    }

    List<Line> lines() {
        return lines;
    }

    /** The line with a 1-based number. */
    Line line(int number) {
        return lines.get(number - 1);
    }

    int size() {
        return lines.size();
    }

    /** The mathematical minus sign, which some layouts print before a negative amount instead of a hyphen. */
    private static final char MINUS_SIGN = '\u2212';
    /** The numerals of a year in Chinese, 〇 to 九, each at its digit's place; ○ and 零 are also written for 〇. */
    private static final String NUMERALS = "〇一二三四五六七八九";
    private static final Pattern NUMERAL_YEAR = Pattern.compile("[〇○零一二三四五六七八九]{4}(?=\\s*年)");

    /**
     * Full-width ASCII forms, the ideographic space and the minus sign to their half-width forms, and a year written
     * in Chinese numerals as formal titles and dates print it ("二〇二四年") to its digits, keeping the length
     * unchanged.
     */
    static String fold(String text) {
        var folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            var c = text.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                folded.append((char) (c - 0xFEE0));
            } else if (c == '\u3000' || c == '\u00A0') {
                folded.append(' ');
            } else if (c == MINUS_SIGN) {
                folded.append('-');
            } else {
                folded.append(c);
            }
        }
        var years = NUMERAL_YEAR.matcher(folded);
        while (years.find()) {
            var digits = new StringBuilder();
            years.group().chars().forEach(numeral -> digits.append(Math.max(0, NUMERALS.indexOf(numeral))));
            if (digits.toString().startsWith("19") || digits.toString().startsWith("20")) {
                folded.replace(years.start(), years.end(), digits.toString());
            }
        }
        return folded.toString();
    }
}
