package org.kemu.glossary;

/** One 名词解释 entry of one report, text verbatim, with its number and position in the document. */
public record Definition(String id, String reportId, String termKey, String statedTerm, String number, int position,
                         String text) {
}
