package org.kemu.limits;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

import org.kemu.config.KemuProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Budgets of cost points per client: by API key when the request carries a valid one (with its larger budget),
 * otherwise by address. The table holds at most {@code kemu.limits.rate.max-clients} budgets and forgets the
 * least recently seen client first, so a flood of addresses costs bounded memory; a forgotten client comes back
 * with a full budget, which only a client idle for longer than the busiest ones would notice.
 */
@Component
final class RateLimiter {

    private final KemuProperties.Rate rate;
    private final boolean trustForwardedFor;
    private final List<byte[]> keys;
    private final LongSupplier nanoClock;
    private final Map<String, TokenBucket> budgets;

    @Autowired
    RateLimiter(KemuProperties properties) {
        this(properties, System::nanoTime);
    }

    RateLimiter(KemuProperties properties, LongSupplier nanoClock) {
        this.rate = properties.limits().rate();
        this.trustForwardedFor = properties.limits().trustForwardedFor();
        this.keys = properties.apiKeys().stream().map(String::strip).filter(k -> !k.isEmpty())
                .map(k -> k.getBytes(StandardCharsets.UTF_8)).toList();
        this.nanoClock = nanoClock;
        var maxClients = rate.maxClients();
        this.budgets = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, TokenBucket> eldest) {
                return size() > maxClients;
            }
        };
    }

    /**
     * The budget a request spends, or none when it is not budgeted (limits off, or a loopback client while
     * {@code kemu.limits.rate.loopback} is off).
     *
     * @param remoteAddress the peer address of the connection
     * @param forwardedFor  the X-Forwarded-For header, used only when {@code kemu.limits.trust-forwarded-for} is on
     * @param apiKey        the X-Api-Key header
     */
    Optional<TokenBucket> budgetFor(String remoteAddress, String forwardedFor, String apiKey) {
        if (!rate.enabled()) {
            return Optional.empty();
        }
        if (apiKey != null && isValid(apiKey)) {
            return Optional.of(budget("key " + apiKey, rate.keyBudget()));
        }
        var address = clientAddress(remoteAddress, forwardedFor);
        if (!rate.loopback() && isLoopback(address)) {
            return Optional.empty();
        }
        return Optional.of(budget("address " + address, rate.budget()));
    }

    int clients() {
        synchronized (budgets) {
            return budgets.size();
        }
    }

    private TokenBucket budget(String client, long capacity) {
        synchronized (budgets) {
            return budgets.computeIfAbsent(client, c -> new TokenBucket(capacity, rate.period(), nanoClock));
        }
    }

    /** The last X-Forwarded-For entry is the one the trusted proxy added; earlier ones are the client's say. */
    private String clientAddress(String remoteAddress, String forwardedFor) {
        if (!trustForwardedFor || forwardedFor == null || forwardedFor.isBlank()) {
            return remoteAddress;
        }
        return forwardedFor.substring(forwardedFor.lastIndexOf(',') + 1).strip();
    }

    private boolean isValid(String presented) {
        var given = presented.getBytes(StandardCharsets.UTF_8);
        return keys.stream().anyMatch(k -> MessageDigest.isEqual(k, given));
    }

    /** Textual, never resolved: an address from a header must not cause a DNS lookup. */
    private static boolean isLoopback(String address) {
        return address.startsWith("127.") || address.equals("::1") || address.equals("0:0:0:0:0:0:0:1");
    }
}
