package org.kemu.classification;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Makes subject names comparable across documents: full-width forms fold to half-width (NFKC), brackets, spaces
 * and the (类)/(款)/(项) markers are dropped, so "社会保险经办机构（项）" matches "社会保险经办机构".
 */
public final class NameNormalizer {

    private static final Pattern LEVEL_MARKERS = Pattern.compile("\\((类|款|项)\\)");
    private static final Pattern IGNORED = Pattern.compile("[\\s()\\[\\]【】“”\"'‘’、:：]");

    private NameNormalizer() {
    }

    public static String normalize(String name) {
        var folded = Normalizer.normalize(name, Normalizer.Form.NFKC);
        return IGNORED.matcher(LEVEL_MARKERS.matcher(folded).replaceAll("")).replaceAll("");
    }
}
