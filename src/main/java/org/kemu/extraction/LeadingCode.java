package org.kemu.extraction;

import java.util.List;

/**
 * The subject code a table row starts with: whole ("2080109"), split over 类/款/项 columns ("208  01  09"), cut to
 * four digits by a narrow column ("3010"), or only the 款/项 part printed under its 类 row ("01").
 */
record LeadingCode(String code, int consumed, boolean relative) {

    private static final int PART_LENGTH = 2;

    /**
     * @param schemeDigit the first digit of the scheme's codes: '2' for 功能分类, '3' for 部门经济分类
     * @return null when the row does not start with a code of the scheme
     */
    static LeadingCode parse(List<Token> tokens, char schemeDigit) {
        if (tokens.isEmpty() || !tokens.getFirst().isPlainDigits()) {
            return null;
        }
        var first = tokens.getFirst().text();
        var startsScheme = first.charAt(0) == schemeDigit;
        if (startsScheme && (first.length() == 5 || first.length() == 7 || first.length() == 4)) {
            return new LeadingCode(first, 1, false);
        }
        if (startsScheme && first.length() == 3) {
            var code = new StringBuilder(first);
            var consumed = 1;
            while (consumed < tokens.size() && consumed < 3 && isPart(tokens.get(consumed))) {
                code.append(pad(tokens.get(consumed).text()));
                consumed++;
            }
            return new LeadingCode(code.toString(), consumed, false);
        }
        if (first.length() <= PART_LENGTH && tokens.size() > 1 && (tokens.get(1).isText()
                || isPart(tokens.get(1)) && tokens.size() > 2 && tokens.get(2).isText())) {
            var code = new StringBuilder(pad(first));
            var consumed = 1;
            if (isPart(tokens.get(1))) {
                code.append(pad(tokens.get(1).text()));
                consumed++;
            }
            return new LeadingCode(code.toString(), consumed, true);
        }
        return null;
    }

    private static boolean isPart(Token token) {
        return token.isPlainDigits() && token.text().length() <= PART_LENGTH;
    }

    private static String pad(String part) {
        return part.length() == 1 ? "0" + part : part;
    }
}
