package org.kemu.extraction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * The text of a disclosure published as a web page (.html, .htm), in the shape {@link WordText} gives a Word
 * document: each paragraph, heading or line break a line, each table row a line with its cells between tabs. A cell
 * spanning columns is followed by empty cells, and a cell spanning rows leaves an empty cell in the rows below, so
 * every amount stays under its heading. A table that holds tables only lays out the page, and its cells are read as
 * the page's own blocks; preformatted text keeps its spaces, as a text laid out by position. The page's character
 * set comes from its bytes (a byte order mark) or its {@code meta} declaration, as a browser finds it: pages of
 * Chinese governments are often GBK.
 */
final class WebPageText {

    /** Elements that begin a line of their own. */
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr",
            "section", "article", "header", "footer", "center", "blockquote", "caption", "dt", "dd", "ul",
            "ol", "dl", "form", "fieldset", "address", "hr");
    /** Elements whose text is no part of what the page shows. */
    private static final Set<String> HIDDEN = Set.of("script", "style", "noscript", "template", "select",
            "option", "button");
    /** The names pages give GB2312 and GBK, which the WHATWG encoding standard reads as GBK. */
    private static final Set<String> GB_LABELS = Set.of("gb2312", "gb_2312", "gb_2312-80", "gbk", "x-gbk", "chinese",
            "csgb2312", "csiso58gb231280", "iso-ir-58");
    private static final Pattern DECLARED_CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)",
            Pattern.CASE_INSENSITIVE);
    /** How far into the page its character set is looked for, as a browser's pre-scan does. */
    private static final int DECLARATION_REACH = 1024;
    /** More columns or rows than any 公开表 has: a span beyond it is a page's layout trick, taken as one. */
    private static final int MAX_SPAN = 64;

    private WebPageText() {
    }

    static String read(Path file, String name) {
        try {
            var document = Jsoup.parse(file.toFile(), gbkWhereDeclaredGb2312(Files.readAllBytes(file)));
            var text = new StringBuilder();
            var title = document.title().strip();
            if (!title.isEmpty()) {
                text.append(title).append('\n');
            }
            blocks(document.body(), text);
            return text.toString().replaceAll("(?m)[ \\u00A0\\u3000]+$", "");
        } catch (IOException e) {
            throw new ExtractionException(name + ": cannot read (" + e.getMessage() + ")");
        }
    }

    /**
     * GB18030 for a page that declares GB2312 or GBK, as browsers read such pages, since most use characters beyond
     * GB2312 (朱镕基, 张喆) that a strict GB2312 decoder garbles; otherwise null, the declaration or a byte order mark
     * deciding.
     */
    private static String gbkWhereDeclaredGb2312(byte[] page) {
        var head = new String(page, 0, Math.min(page.length, DECLARATION_REACH), StandardCharsets.ISO_8859_1);
        var declared = DECLARED_CHARSET.matcher(head);
        return declared.find() && GB_LABELS.contains(declared.group(1).toLowerCase(Locale.ROOT)) ? "GB18030" : null;
    }

    /** The element's content as lines: text runs joined, blocks and tables on lines of their own. */
    private static void blocks(Element element, StringBuilder text) {
        for (var child : element.childNodes()) {
            switch (child) {
                case TextNode run -> text.append(run.text());
                case Element inner when HIDDEN.contains(inner.normalName()) -> {
                }
                case Element inner when inner.normalName().equals("br") -> newLine(text);
                case Element inner when inner.normalName().equals("table") -> table(inner, text);
                case Element inner when inner.normalName().equals("pre") -> {
                    newLine(text);
                    text.append(inner.wholeText());
                    newLine(text);
                }
                case Element inner when BLOCKS.contains(inner.normalName()) -> {
                    newLine(text);
                    blocks(inner, text);
                    newLine(text);
                }
                case Element inner -> blocks(inner, text);
                default -> {
                }
            }
        }
    }

    private static void newLine(StringBuilder text) {
        if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
            text.append('\n');
        }
    }

    private static void table(Element table, StringBuilder text) {
        var rows = rows(table);
        if (rows.stream().allMatch(row -> cells(row).stream().allMatch(cell -> cell.selectFirst("table") != null
                || cell.text().isBlank()))) {
            for (var row : rows) {
                for (var cell : cells(row)) {
                    newLine(text);
                    blocks(cell, text);
                }
            }
            newLine(text);
            return;
        }
        newLine(text);
        var carried = new HashMap<Integer, Integer>();
        for (var row : rows) {
            text.append(line(cells(row), carried)).append('\n');
        }
    }

    /**
     * One row as tab-separated cells, each at its column: the columns that cells of rows above still cover
     * ({@code carried}: column to the rows it still covers) stay empty, a cell spanning columns is followed by empty
     * ones, and a cell spanning rows is carried into the rows below it.
     */
    private static String line(List<Element> cells, Map<Integer, Integer> carried) {
        var line = new StringBuilder();
        var covering = new HashMap<Integer, Integer>();
        var column = 0;
        for (var cell : cells) {
            column = pastCarried(column, carried, line);
            var span = span(cell, "colspan");
            append(line, column, cellText(cell));
            for (int c = 1; c < span; c++) {
                append(line, column + c, "");
            }
            var rows = span(cell, "rowspan");
            for (int c = 0; c < span && rows > 1; c++) {
                covering.put(column + c, rows - 1);
            }
            column += span;
        }
        carried.replaceAll((c, left) -> left - 1);
        carried.values().removeIf(left -> left <= 0);
        carried.putAll(covering);
        return line.toString().stripTrailing();
    }

    /** Empty cells for the columns from {@code column} on that a cell of a row above still covers. */
    private static int pastCarried(int column, Map<Integer, Integer> carried, StringBuilder line) {
        while (carried.containsKey(column)) {
            append(line, column, "");
            column++;
        }
        return column;
    }

    private static void append(StringBuilder line, int column, String cell) {
        if (column > 0) {
            line.append('\t');
        }
        line.append(cell);
    }

    private static int span(Element cell, String attribute) {
        try {
            var value = Integer.parseInt(cell.attr(attribute).strip());
            return value < 1 || value > MAX_SPAN ? 1 : value;
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** A cell's text on one line: its paragraphs and line breaks become spaces, as for a Word table's cell. */
    private static String cellText(Element cell) {
        return cell.text().replace('\u00A0', ' ').replace('\t', ' ').strip();
    }

    private static List<Element> rows(Element table) {
        var rows = new ArrayList<Element>();
        for (var section : table.children()) {
            switch (section.normalName()) {
                case "tr" -> rows.add(section);
                case "thead", "tbody", "tfoot" -> section.children().stream()
                        .filter(child -> child.normalName().equals("tr")).forEach(rows::add);
                default -> {
                }
            }
        }
        return rows;
    }

    private static List<Element> cells(Element row) {
        return row.children().stream().filter(cell -> cell.normalName().equals("td") || cell.normalName().equals("th"))
                .toList();
    }
}
