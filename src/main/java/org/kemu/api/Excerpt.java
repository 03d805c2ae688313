package org.kemu.api;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How kemu quotes what a client sent. An error that echoed its offending value in full would send a 5 MB argument
 * back as a 5 MB answer, and fill logs and screens; a prefix says which value was meant, and the length says how
 * much there was.
 */
public final class Excerpt {

    /** Characters of a value quoted before it is cut. */
    public static final int VALUE_CHARACTERS = 64;

    /** Characters of a whole message kept before it is cut; a message within this length is left as it is. */
    public static final int MESSAGE_CHARACTERS = 512;

    /** A run without whitespace that is longer than a quoted value: an echoed value, as no word is that long. */
    private static final Pattern LONG_RUN = Pattern.compile("\\S{" + (VALUE_CHARACTERS + 1) + ",}");

    private Excerpt() {
    }

    /**
     * The value as text, or its first {@value #VALUE_CHARACTERS} characters followed by
     * {@code …(N characters)} when it is longer; null stays null.
     */
    public static String of(Object value) {
        return value == null ? null : cut(String.valueOf(value), VALUE_CHARACTERS);
    }

    /**
     * A message built by other code (graphql-java, Jackson) that may echo a value: left alone when it is short,
     * otherwise every long run in it is quoted as {@link #of} quotes a value, and what is still too long is cut.
     */
    public static String message(String message) {
        if (message == null || message.length() <= MESSAGE_CHARACTERS) {
            return message;
        }
        var shortened = LONG_RUN.matcher(message).replaceAll(run -> Matcher.quoteReplacement(of(run.group())));
        return cut(shortened, MESSAGE_CHARACTERS);
    }

    private static String cut(String text, int characters) {
        var length = text.codePointCount(0, text.length());
        if (length <= characters) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, characters)) + "…(" + length + " characters)";
    }
}
