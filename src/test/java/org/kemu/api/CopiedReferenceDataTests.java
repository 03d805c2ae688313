package org.kemu.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;

class CopiedReferenceDataTests {

    @Test
    void theCopyAnswersWhatItHoldsAndTheRestIsLookedUpInOneCall() {
        var copy = Map.of("51", "四川省", "5111", "乐山市");
        var lookups = new ArrayList<Set<String>>();
        var found = CopiedReferenceData.byKeys(List.of("51", "511112", "5111", "999999"), copy::get, missing -> {
            lookups.add(Set.copyOf(missing));
            return List.of("511112 五通桥区");
        }, value -> value.substring(0, value.indexOf(' ')));
        assertThat(found).containsOnly(Map.entry("51", "四川省"), Map.entry("5111", "乐山市"),
                Map.entry("511112", "511112 五通桥区"));
        assertThat(lookups).containsExactly(Set.of("511112", "999999"));

        CopiedReferenceData.byKeys(List.of("51"), copy::get, missing -> {
            lookups.add(Set.copyOf(missing));
            return List.of();
        }, value -> value);
        assertThat(lookups).as("nothing looked up when the copy holds every key").hasSize(1);
    }

    @Test
    void aWriteForgetsTheCopyNowAndAgainWhenItsTransactionEnds() {
        var forgotten = new AtomicInteger();
        CopiedReferenceData.forgetOnWrite(forgotten::incrementAndGet);
        assertThat(forgotten).as("outside a transaction").hasValue(1);

        TransactionSynchronizationManager.initSynchronization();
        try {
            CopiedReferenceData.forgetOnWrite(forgotten::incrementAndGet);
            assertThat(forgotten).hasValue(2);
            TransactionSynchronizationManager.getSynchronizations()
                    .forEach(sync -> sync.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
            assertThat(forgotten).as("after the commit").hasValue(3);
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }
}
