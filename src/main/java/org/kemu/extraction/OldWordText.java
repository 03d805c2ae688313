package org.kemu.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.TreeSet;

import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.OldWordFileFormatException;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;

/**
 * The text of an old binary Word (.doc, Word 97–2003) document in the shape {@link WordText} gives a .docx: each
 * paragraph a line, each table row a line with its cells between tabs. A .doc knows no grid of columns, only each
 * cell's edges, so a cell as wide as several cells of another row is followed by empty cells for the columns it
 * covers, which keeps every amount under its heading.
 */
final class OldWordText {

    /** Cell edges closer than this (in twips, 1/1440 inch: about 0.5 mm) are one column boundary. */
    private static final int EDGE_TOLERANCE = 30;

    private OldWordText() {
    }

    static String read(Path file, String name) {
        try (InputStream in = Files.newInputStream(file); var document = new HWPFDocument(in)) {
            return text(document.getRange());
        } catch (OldWordFileFormatException e) {
            throw new ExtractionException(name + ": a Word 6 or Word 95 file, older than kemu reads; save it as "
                    + ".docx first");
        } catch (IOException | RuntimeException e) {
            throw new ExtractionException(name + ": not a readable Word document: " + e.getMessage());
        }
    }

    private static String text(Range range) {
        var text = new StringBuilder();
        var count = range.numParagraphs();
        for (int i = 0; i < count; i++) {
            var paragraph = range.getParagraph(i);
            if (paragraph.isInTable()) {
                var table = range.getTable(paragraph);
                append(table, text);
                i += table.numParagraphs() - 1;
            } else {
                text.append(plain(paragraph.text())).append('\n');
            }
        }
        return text.toString();
    }

    private static void append(Table table, StringBuilder text) {
        var boundaries = boundaries(table);
        for (int r = 0; r < table.numRows(); r++) {
            var row = table.getRow(r);
            for (int c = 0; c < row.numCells(); c++) {
                var cell = row.getCell(c);
                if (c > 0) {
                    text.append('\t');
                }
                text.append(cellText(cell)).repeat('\t', span(cell, boundaries) - 1);
            }
            text.append('\n');
        }
    }

    /** The left edges of the table's columns: every cell's left edge, edges within the tolerance taken as one. */
    private static TreeSet<Integer> boundaries(Table table) {
        var edges = new TreeSet<Integer>();
        for (int r = 0; r < table.numRows(); r++) {
            var row = table.getRow(r);
            for (int c = 0; c < row.numCells(); c++) {
                var left = row.getCell(c).getLeftEdge();
                var near = edges.floor(left + EDGE_TOLERANCE);
                if (near == null || left - near > EDGE_TOLERANCE) {
                    edges.add(left);
                }
            }
        }
        return edges;
    }

    /** How many columns a cell covers: the boundaries from its left edge to short of its right one. */
    private static int span(TableCell cell, TreeSet<Integer> boundaries) {
        var left = cell.getLeftEdge() - EDGE_TOLERANCE;
        var right = cell.getLeftEdge() + cell.getWidth() - EDGE_TOLERANCE;
        return Math.max(1, boundaries.subSet(left, true, right, false).size());
    }

    /** A cell's paragraphs on one line, as for a .docx: a name wrapped over two paragraphs is one name. */
    private static String cellText(TableCell cell) {
        var parts = new ArrayList<String>();
        for (int p = 0; p < cell.numParagraphs(); p++) {
            var part = plain(cell.getParagraph(p).text()).replace('\t', ' ').strip();
            if (!part.isEmpty()) {
                parts.add(part);
            }
        }
        return String.join(" ", parts);
    }

    /**
     * A paragraph's text without Word's marks: field codes (a page number's instruction, not its result), the
     * paragraph and cell ends, and manual line breaks as spaces.
     */
    private static String plain(String raw) {
        return Range.stripFields(raw)
                .replace("\u0007", "")
                .replace("\r", "")
                .replace('\u000b', ' ')
                .replace('\u000c', '\n');
    }
}
