package org.kemu.api;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The answer of a {@code @BatchMapping} as a list, one value per source in source order, which Spring for GraphQL
 * pairs with the sources by position. Unlike a map keyed by source, sources that are equal records need no merge.
 */
public final class InSourceOrder {

    private InSourceOrder() {
    }

    /**
     * Looks up the keys of all sources at once and gives each source the value found for its key: null for a source
     * without a key or whose key was not found.
     *
     * @param key    the key of a source, null when it has none
     * @param lookup all found values by key; it is handed the keys of all sources, none null
     */
    public static <S, K, V> List<V> lookUp(List<S> sources, Function<S, K> key,
                                         Function<Collection<K>, Map<K, V>> lookup) {
        var keys = sources.stream().map(key).toList();
        var found = lookup.apply(keys.stream().filter(Objects::nonNull).toList());
        return keys.stream().<V>map(k -> k == null ? null : found.get(k)).toList();
    }
}
