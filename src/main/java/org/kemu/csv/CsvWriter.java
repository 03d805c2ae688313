package org.kemu.csv;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes CSV for spreadsheets (RFC 4180, CRLF line ends) with a UTF-8 byte order mark, without which Excel reads
 * Chinese text as the local code page. A text that a spreadsheet would run as a formula (starting with {@code =},
 * {@code +}, {@code -} or {@code @}) is prefixed with an apostrophe; a plain decimal number such as
 * {@code -4538380.13} is not, so amounts stay numbers.
 */
public final class CsvWriter {

    /** The byte order mark, written as the first character. */
    public static final String BOM = "\uFEFF";

    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");

    private CsvWriter() {
    }

    /** The whole file: the BOM, the header and the rows; {@code null} cells are empty. */
    public static String write(List<String> header, List<? extends List<String>> rows) {
        var out = new StringBuilder(BOM);
        line(out, header);
        rows.forEach(row -> line(out, row));
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
    }

    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        var text = isFormula(value) ? "'" + value : value;
        if (text.chars().anyMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n')) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    private static boolean isFormula(String value) {
        var first = value.charAt(0);
        return (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r')
                && !DECIMAL.matcher(value).matches();
    }
}
