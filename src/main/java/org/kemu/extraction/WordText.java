package org.kemu.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

/**
 * The text of a Word (.docx) document as Word's own text export gives it: each paragraph a line, each table row a
 * line with its cells separated by tabs (a cell spanning columns followed by empty cells, so that cells stay under
 * their headings), which the extractor's tokenizer reads as table cells. A table that holds tables only lays the
 * document out, and its cells are read as the document's own paragraphs and tables.
 */
final class WordText {

    private WordText() {
    }

    static String read(Path file, String name) {
        try (InputStream in = Files.newInputStream(file); var document = new XWPFDocument(in)) {
            var text = new StringBuilder();
            for (var element : document.getBodyElements()) {
                append(element, text);
            }
            return text.toString();
        } catch (NotOfficeXmlFileException | POIXMLException e) {
            throw new ExtractionException(name + ": not a readable Word document (damaged, truncated or not .docx "
                    + "at all): " + e.getMessage());
        } catch (IOException e) {
            throw new ExtractionException(name + ": not a readable Word document: " + e.getMessage());
        }
    }

    private static void append(IBodyElement element, StringBuilder text) {
        switch (element) {
            case XWPFParagraph paragraph -> text.append(paragraph.getText()).append('\n');
            case XWPFTable table when laysOutThePage(table) -> table.getRows().forEach(row -> row.getTableCells()
                    .forEach(cell -> cell.getBodyElements().forEach(inner -> append(inner, text))));
            case XWPFTable table -> table.getRows().forEach(row -> {
                var first = true;
                for (var cell : row.getTableCells()) {
                    if (!first) {
                        text.append('\t');
                    }
                    first = false;
                    text.append(cellText(cell)).repeat('\t', span(cell) - 1);
                }
                text.append('\n');
            });
            case XWPFSDT control -> text.append(control.getContent().getText()).append('\n');
            default -> {
            }
        }
    }

    /** A table whose cells hold tables, or nothing: it only places the document's content on the page. */
    private static boolean laysOutThePage(XWPFTable table) {
        return table.getRows().stream().flatMap(row -> row.getTableCells().stream())
                .allMatch(cell -> !cell.getTables().isEmpty() || cell.getText().isBlank());
    }

    /** A cell's paragraphs on one line: a name wrapped over two paragraphs is one name. */
    private static String cellText(XWPFTableCell cell) {
        return String.join(" ", cell.getParagraphs().stream().map(XWPFParagraph::getText)
                .filter(p -> !p.isBlank()).map(String::strip).toList()).replace('\t', ' ');
    }

    private static int span(XWPFTableCell cell) {
        var properties = cell.getCTTc().getTcPr();
        if (properties == null || properties.getGridSpan() == null) {
            return 1;
        }
        return Math.max(1, properties.getGridSpan().getVal().intValue());
    }
}
