package org.kemu.importing;

import org.kemu.format.ReportDocument;

/** A document of a batch with where it came from: the input's name and its JSON path within it. */
record ParsedDocument(String file, String root, ReportDocument document) {

    ParsedDocument withDocument(ReportDocument replacement) {
        return new ParsedDocument(file, root, replacement);
    }
}
