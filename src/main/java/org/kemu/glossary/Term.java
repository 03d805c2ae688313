package org.kemu.glossary;

import org.kemu.classification.SubjectKey;

/**
 * A glossary term, under which the definitions of all reports that explain it are grouped.
 *
 * @param variants number of distinct definition texts
 */
public record Term(String key, String name, SubjectKey subject, int variants) {
}
