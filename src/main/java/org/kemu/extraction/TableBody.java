package org.kemu.extraction;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

/**
 * The lines of a found table's body that may hold content, each with its tokens: blank lines, notes and unit
 * lines are left out, and page numbers too when asked. Lines come one at a time, in order, so that what a reader
 * records about page numbers and about the other lines stays in the order of the text.
 */
final class TableBody implements Iterable<TableBody.BodyLine> {

    record BodyLine(SourceText.Line line, List<Token> tokens) {

        int number() {
            return line.number();
        }
    }

    private final SourceText text;
    private final FoundTable table;
    /** Receives the page numbers left out; null keeps them among the lines. */
    private final Consumer<SourceText.Line> pageNumbers;

    private TableBody(SourceText text, FoundTable table, Consumer<SourceText.Line> pageNumbers) {
        this.text = text;
        this.table = table;
        this.pageNumbers = pageNumbers;
    }

    /** Every content line, page numbers included. */
    static TableBody of(SourceText text, FoundTable table) {
        return new TableBody(text, table, null);
    }

    /** The same lines without page numbers. */
    TableBody droppingPageNumbers() {
        return new TableBody(text, table, line -> {
        });
    }

    /** The same lines without page numbers, each recorded in the reading as a skipped line. */
    TableBody skippingPageNumbers(Reading reading) {
        return new TableBody(text, table, line -> reading.skip(line, "page number"));
    }

    @Override
    public Iterator<BodyLine> iterator() {
        return new Iterator<>() {
            private int nextNumber = table.firstBodyLine();
            /** Found only when asked for, so that a page number is recorded after the line before it is read. */
            private BodyLine next;

            @Override
            public boolean hasNext() {
                if (next == null) {
                    next = advance();
                }
                return next != null;
            }

            @Override
            public BodyLine next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                var current = next;
                next = null;
                return current;
            }

            private BodyLine advance() {
                while (nextNumber < table.endLine()) {
                    var line = text.line(nextNumber++);
                    if (line.isBlank() || TableRows.isNote(line) || TableRows.isUnitOrMarker(line)) {
                        continue;
                    }
                    var tokens = LineTokenizer.tokenize(line);
                    if (pageNumbers != null && TableRows.isPageNumber(text, line, tokens)) {
                        pageNumbers.accept(line);
                        continue;
                    }
                    return new BodyLine(line, tokens);
                }
                return null;
            }
        };
    }
}
