package org.kemu.api;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Lookups of reference data that a service holds a copy of in memory (the classification, the regions): the keys the
 * copy knows are answered from it, the others looked up in the graph in one call.
 */
public final class CopiedReferenceData {

    private CopiedReferenceData() {
    }

    /**
     * The values of the keys, from the copy where it has them.
     *
     * @param copy   the value the copy holds for a key, null when it has none
     * @param lookUp the values the graph holds for the keys the copy lacks
     * @param keyOf  the key of a value the graph gave
     */
    public static <K, V> Map<K, V> byKeys(Collection<K> keys, Function<K, V> copy, Function<Set<K>, List<V>> lookUp,
                                          Function<V, K> keyOf) {
        var result = new HashMap<K, V>();
        var missing = new LinkedHashSet<K>();
        for (var key : keys) {
            var value = copy.apply(key);
            if (value != null) {
                result.put(key, value);
            } else {
                missing.add(key);
            }
        }
        if (!missing.isEmpty()) {
            lookUp.apply(missing).forEach(value -> result.putIfAbsent(keyOf.apply(value), value));
        }
        return result;
    }

    /**
     * Forgets a copy that a write of its data makes stale: now, and again once the write's transaction has ended,
     * since a request reading the copy afresh before the commit would have read the data as it was.
     */
    public static void forgetOnWrite(Runnable forget) {
        forget.run();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forget.run();
                }
            });
        }
    }
}
