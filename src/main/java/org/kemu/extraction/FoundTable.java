package org.kemu.extraction;

import org.kemu.money.AmountUnit;
import org.kemu.report.Fund;

/**
 * A table located in the text: its title line, the lines up to the next table or the end of the table part, and
 * the money unit it states (or, when it states none, the unit assumed and why); {@code notReadBecause} says why a
 * table of kind {@link TableKind#OTHER} is not read.
 */
record FoundTable(String title, String name, TableKind kind, Fund fund, int titleLine, int endLine,
                  AmountUnit unit, String unitNote, String notReadBecause) {

    /** The 1-based line numbers of the body: after the title, before {@link #endLine()}. */
    int firstBodyLine() {
        return titleLine + 1;
    }
}
