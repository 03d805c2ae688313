package org.kemu.api;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Answers for a {@code @BatchMapping}. They are maps keyed by source rather than lists in source order: Spring for
 * GraphQL streams a list through Reactor, which cannot carry the null of a source without a value, while a source
 * missing from a map resolves to null.
 */
public final class Batches {

    private Batches() {
    }

    /**
     * Looks up the keys of all sources at once and gives each source the value found for its key; a source without
     * a key or whose key was not found is left out.
     *
     * @param key    the key of a source, null when it has none
     * @param lookup the values found by key; it is handed the keys of all sources, none null
     */
    public static <S, K, V> Map<S, V> bySource(List<S> sources, Function<S, K> key,
                                               Function<Collection<K>, Map<K, V>> lookup) {
        var found = lookup.apply(sources.stream().map(key).filter(Objects::nonNull).toList());
        var values = new HashMap<S, V>();
        for (var source : sources) {
            var sourceKey = key.apply(source);
            var value = sourceKey == null ? null : found.get(sourceKey);
            if (value != null) {
                values.put(source, value);
            }
        }
        return values;
    }
}
