package org.kemu.extraction;

import java.math.BigDecimal;

/**
 * A piece of a line: an amount, a run of text, or a blank marker ("-", "—") standing for an empty cell, in its
 * folded form (for matching) and as printed (for names). Positions
 * are character offsets in the line; in tab-separated lines every cell starts a new block of
 * {@link LineTokenizer#TAB_CELL_WIDTH} positions, so a cell's index orders and separates its tokens the same way.
 */
record Token(Kind kind, String text, String printed, int start, int end, BigDecimal value) {

    enum Kind { NUMBER, TEXT, BLANK }

    boolean isNumber() {
        return kind == Kind.NUMBER;
    }

    boolean isText() {
        return kind == Kind.TEXT;
    }

    /** Digits only, as codes and row numbers are printed (no grouping, no decimals). */
    boolean isPlainDigits() {
        return kind == Kind.NUMBER && text.chars().allMatch(Character::isDigit);
    }

    /** The (folded) text without the spaces letter-spaced headings and numbers carry. */
    String compact() {
        return text.replaceAll("\\s+", "");
    }

    /** The text as the document prints it (full-width brackets kept), without spaces: for names. */
    String printedCompact() {
        return printed.replaceAll("\\s+", "");
    }
}
