package org.kemu.extraction;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The notes on a line, figure or “三公” item, each once and in the order made, and whether any of them says that
 * its amounts do not reconcile: a flag set with the note, so that no one has to find it again in the text.
 */
final class Notes {

    private final Set<String> texts = new LinkedHashSet<>();
    private boolean unreconciled;

    void add(String note) {
        if (note != null) {
            texts.add(note);
        }
    }

    /** A note that the amounts do not reconcile; it marks what it is on as unreconciled. */
    void addUnreconciled(String note) {
        add(note);
        unreconciled = true;
    }

    void addAll(Notes other) {
        texts.addAll(other.texts);
        unreconciled |= other.unreconciled;
    }

    boolean isUnreconciled() {
        return unreconciled;
    }

    /** The notes as the import format holds them: joined by "; ", or null when there are none. */
    String joined() {
        return texts.isEmpty() ? null : String.join("; ", texts);
    }
}
