package org.kemu.classification;

/** Identity of a subject: its scheme and code. */
public record SubjectKey(Scheme scheme, String code) {
}
