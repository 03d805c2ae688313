package org.kemu.glossary;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How glossary wordings compare. Reports number, quote and bracket the same term differently (“三公”经费, "三公"经费,
 * 三公经费; 使用非财政拨款结余（含专用结余）) and mark subject names with (类)/(款)/(项); the key folds all of that away,
 * while the stored definition text stays verbatim.
 */
public final class TermKeys {

    private TermKeys() {
    }

    /** The canonical key of a non-subject term. */
    public static String key(String term) {
        return search(term).replaceAll("\\((含|包括)[^)]*\\)", "").replaceAll("[()]", "");
    }

    /** A display name: the wording without quotes and surrounding blanks. */
    public static String displayName(String term) {
        return term.strip().replaceAll("[“”\"'‘’「」『』]", "");
    }

    /**
     * Text folded for substring search: full-width forms to half-width (NFKC), lower case, no quotes, blanks or
     * 类/款/项 markers.
     */
    public static String search(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .replaceAll("\\((类|款|项)\\)", "")
                .replaceAll("[\\s“”\"'‘’「」『』:：、]", "");
    }

    /** The key of a term about a classification subject: one term per subject, however reports word it. */
    public static String subjectKey(String scheme, String code) {
        return "subject:" + scheme + ":" + code;
    }
}
