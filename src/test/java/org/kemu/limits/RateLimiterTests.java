package org.kemu.limits;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kemu.config.KemuProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimiterTests {

    private static RateLimiter limiter(Map<String, String> settings) {
        var properties = new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate("kemu", KemuProperties.class);
        return new RateLimiter(properties, () -> 0L);
    }

    @Test
    void loopbackIsNotBudgetedUnlessConfigured() {
        var defaults = limiter(Map.of());
        assertThat(defaults.budgetFor("127.0.0.1", null, null)).isEmpty();
        assertThat(defaults.budgetFor("0:0:0:0:0:0:0:1", null, null)).isEmpty();
        assertThat(defaults.budgetFor("192.0.2.1", null, null)).hasValueSatisfying(
                budget -> assertThat(budget.capacity()).isEqualTo(20_000_000));
        assertThat(limiter(Map.of("kemu.limits.rate.loopback", "true")).budgetFor("127.0.0.1", null, null)).isPresent();
        assertThat(limiter(Map.of("kemu.limits.rate.enabled", "false")).budgetFor("192.0.2.1", null, null)).isEmpty();
    }

    @Test
    void xForwardedForCountsOnlyWhenTrustedAndThenItsLastEntry() {
        var untrusting = limiter(Map.of());
        assertThat(untrusting.budgetFor("127.0.0.1", "192.0.2.1", null)).as("a header anyone can send").isEmpty();
        var trusting = limiter(Map.of("kemu.limits.trust-forwarded-for", "true"));
        var viaProxy = trusting.budgetFor("127.0.0.1", "127.0.0.1, 192.0.2.1", null).orElseThrow();
        assertThat(trusting.budgetFor("10.0.0.1", "192.0.2.1", null)).containsSame(viaProxy);
        assertThat(trusting.budgetFor("10.0.0.1", "192.0.2.1, 127.0.0.1", null)).as("the proxy says: local").isEmpty();
    }

    @Test
    void aValidKeyHasItsOwnBudgetAndAnInvalidOneIsIgnored() {
        var limiter = limiter(Map.of("kemu.api-keys", "alpha", "kemu.limits.rate.key-budget", "777"));
        var keyed = limiter.budgetFor("192.0.2.1", null, "alpha").orElseThrow();
        assertThat(keyed.capacity()).isEqualTo(777);
        assertThat(limiter.budgetFor("192.0.2.2", null, "alpha")).containsSame(keyed);
        assertThat(limiter.budgetFor("192.0.2.1", null, "beta").orElseThrow().capacity()).isEqualTo(20_000_000);
    }

    @Test
    void keepsAtMostMaxClientsForgettingTheLeastRecentlySeen() {
        var limiter = limiter(Map.of("kemu.limits.rate.max-clients", "3"));
        var first = limiter.budgetFor("192.0.2.1", null, null).orElseThrow();
        first.spend(5);
        for (int i = 2; i <= 100; i++) {
            limiter.budgetFor("192.0.2." + i, null, null);
            limiter.budgetFor("192.0.2.1", null, null);
        }
        assertThat(limiter.clients()).isEqualTo(3);
        assertThat(limiter.budgetFor("192.0.2.1", null, null)).as("seen all along").containsSame(first);
        assertThat(limiter.budgetFor("192.0.2.2", null, null).orElseThrow().remaining()).isEqualTo(20_000_000);
    }
}
