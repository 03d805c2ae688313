package org.kemu.importing;

import java.text.Normalizer;

/**
 * Makes subject names comparable across documents: full-width forms fold to half-width (NFKC), brackets, spaces
 * and the (类)/(款)/(项) markers are dropped, so "社会保险经办机构（项）" matches "社会保险经办机构".
 */
public final class NameNormalizer {

    private NameNormalizer() {
    }

    public static String normalize(String name) {
        var folded = Normalizer.normalize(name, Normalizer.Form.NFKC);
        return folded.replaceAll("\\((类|款|项)\\)", "")
                .replaceAll("[\\s()\\[\\]【】“”\"'‘’、:：]", "");
    }
}
