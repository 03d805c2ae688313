package org.kemu.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Splits a folded line into amounts, text runs and blank markers. */
final class LineTokenizer {

    /** Position span given to each tab-separated cell; wider than any cell, so cell order is position order. */
    static final int TAB_CELL_WIDTH = 1000;

    /** The widest gap between the letters of a spread-out heading ("合   计"). */
    private static final int LETTER_SPACING_GAP = 10;

    /**
     * Headings printed with their letters spread over a column's width; only these are joined across wide gaps,
     * since single characters of neighbouring header cells ("计", "出", "出") must stay apart.
     */
    private static final Set<String> SPREAD_WORDS = Set.of("合计", "总计", "小计", "金额", "项目", "类款项", "类款",
            "收入", "支出", "科目", "预算数", "决算数", "合计数");

    private static final Pattern NUMBER = Pattern.compile("-?(?:\\d{1,3}(?:, ?\\d{3})+|\\d+)(?:\\. ?\\d+)?");
    private static final Pattern BLANK_MARK = Pattern.compile("[-—－–/／━─]+");
    /**
     * An amount in brackets, as accounting prints a negative one: "(1,234.50)". Only with decimals or grouping, so
     * that an ordinal ("(1)") stays text.
     */
    private static final Pattern BRACKETED_AMOUNT = Pattern.compile(
            "\\((\\d{1,3}(?:, ?\\d{3})+(?:\\. ?\\d+)?|\\d+\\. ?\\d+)\\)");

    private LineTokenizer() {
    }

    static List<Token> tokenize(SourceText.Line line) {
        var tokens = new ArrayList<Token>();
        if (line.hasTabs()) {
            var cells = line.folded().split("\t", -1);
            var printedCells = line.text().split("\t", -1);
            for (int i = 0; i < cells.length; i++) {
                var cell = new ArrayList<Token>();
                scan(cells[i], printedCells[i], i * TAB_CELL_WIDTH, cell);
                tokens.addAll(joinText(cell, Integer.MAX_VALUE, false));
            }
            return tokens;
        }
        scan(line.folded(), line.text(), 0, tokens);
        return joinText(tokens, LETTER_SPACING_GAP, true);
    }

    /**
     * Joins neighbouring text tokens: within a tab-separated cell all of them (a cell is one label); in a laid-out
     * line single ideographs spread over a heading's width ("合   计", "金   额", "类   款   项").
     */
    private static List<Token> joinText(List<Token> tokens, int maxGap, boolean lettersOnly) {
        var joined = new ArrayList<Token>();
        for (int i = 0; i < tokens.size(); i++) {
            var token = tokens.get(i);
            var last = joined.isEmpty() ? null : joined.getLast();
            var joins = last != null && last.isText() && token.isText() && token.start() - last.end() <= maxGap
                    && (!lettersOnly || isLetters(last) && token.compact().length() == 1
                    && spreadWordAhead(last.compact() + token.compact(), tokens, i + 1, maxGap));
            if (joins) {
                joined.set(joined.size() - 1, new Token(Token.Kind.TEXT, last.text() + " " + token.text(),
                        last.printed() + " " + token.printed(), last.start(), token.end(), null));
            } else {
                joined.add(token);
            }
        }
        return joined;
    }

    /** Whether the letters joined so far, with the single letters that follow, spell a spread-out heading. */
    private static boolean spreadWordAhead(String joined, List<Token> tokens, int next, int maxGap) {
        var word = new StringBuilder(joined);
        if (SPREAD_WORDS.contains(word.toString())) {
            return true;
        }
        for (int i = next; i < tokens.size(); i++) {
            var token = tokens.get(i);
            if (!token.isText() || token.compact().length() != 1 || token.start() - tokens.get(i - 1).end() > maxGap) {
                break;
            }
            word.append(token.compact());
            if (SPREAD_WORDS.contains(word.toString())) {
                return true;
            }
        }
        return false;
    }

    /** Text made of single characters separated by spaces: a spread-out heading. */
    private static boolean isLetters(Token token) {
        return Arrays.stream(token.text().trim().split("\\s+")).allMatch(part -> part.length() == 1);
    }

    /** Tokens of a folded text; {@code printed} is the same text unfolded, position for position. */
    private static void scan(String text, String printed, int base, List<Token> tokens) {
        var n = text.length();
        var i = 0;
        while (i < n) {
            if (Character.isWhitespace(text.charAt(i))) {
                i++;
                continue;
            }
            var bracketed = BRACKETED_AMOUNT.matcher(text).region(i, n);
            if (text.charAt(i) == '(' && bracketed.lookingAt()) {
                var end = bracketed.end();
                tokens.add(new Token(Token.Kind.NUMBER, "-" + bracketed.group(1), printed.substring(i, end), base + i,
                        base + end, Amounts.parse(bracketed.group(1)).negate()));
                i = end;
                continue;
            }
            if (startsNumber(text, i)) {
                var matcher = NUMBER.matcher(text).region(i, n);
                if (matcher.lookingAt()) {
                    var end = matcher.end();
                    if (end < n && text.charAt(end) == '%') {
                        tokens.add(new Token(Token.Kind.TEXT, text.substring(i, end + 1), printed.substring(i, end + 1),
                                base + i, base + end + 1, null));
                        i = end + 1;
                    } else {
                        var number = text.substring(i, end);
                        tokens.add(new Token(Token.Kind.NUMBER, number, printed.substring(i, end), base + i, base + end,
                                Amounts.parse(number)));
                        i = end;
                    }
                    continue;
                }
            }
            var end = textEnd(text, i);
            var folded = text.substring(i, end).strip();
            var kind = BLANK_MARK.matcher(folded).matches() ? Token.Kind.BLANK : Token.Kind.TEXT;
            tokens.add(new Token(kind, folded, printed.substring(i, i + folded.length()), base + i,
                    base + i + folded.length(), null));
            i = end;
        }
    }

    /** A text run ends at two spaces, a tab, or digits; a single space between ideographs does not end it. */
    private static int textEnd(String text, int from) {
        var n = text.length();
        var j = from;
        while (j < n) {
            var c = text.charAt(j);
            if (Character.isWhitespace(c)) {
                var joinsIdeographs = c == ' ' && j > from && j + 1 < n && isIdeographic(text.charAt(j - 1))
                        && isIdeographic(text.charAt(j + 1))
                        && (segmentBefore(text, from, j) == 1 || segmentAfter(text, j + 1) == 1);
                if (!joinsIdeographs) {
                    break;
                }
            } else if (j > from && startsNumber(text, j) && !isDashLike(text, j)) {
                break;
            }
            j++;
        }
        return j;
    }

    /** Letter-spaced text ("因 公 出 国") has one character between spaces; two words ("基本支出 项目支出") do not. */
    private static int segmentBefore(String text, int from, int space) {
        var start = space;
        while (start > from && text.charAt(start - 1) != ' ') {
            start--;
        }
        return space - start;
    }

    private static int segmentAfter(String text, int from) {
        var end = from;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return end - from;
    }

    private static boolean isDashLike(String text, int at) {
        return text.charAt(at) == '-';
    }

    private static boolean startsNumber(String text, int at) {
        var c = text.charAt(at);
        if (Character.isDigit(c)) {
            return true;
        }
        return c == '-' && at + 1 < text.length() && Character.isDigit(text.charAt(at + 1))
                && (at == 0 || Character.isWhitespace(text.charAt(at - 1)));
    }

    private static boolean isIdeographic(char c) {
        return c >= '\u2E80' || c == '(' || c == ')';
    }
}
