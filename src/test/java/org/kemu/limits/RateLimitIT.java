package org.kemu.limits;

import org.junit.jupiter.api.Test;
import org.kemu.support.KemuIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Budgets per client over HTTP. The test server trusts X-Forwarded-For and gives a remote client 1,500 points per
 * 3 s; a search for regions costs 500 (the cap of the list), so the fourth in a row finds the budget spent.
 */
@KemuIntegrationTest
class RateLimitIT {

    private static final String HALF_A_THOUSAND_POINTS = "{ regions(search: \"乐山\") { code } }";

    @Autowired
    Environment environment;

    @Test
    void aClientOverItsBudgetGets429WithRetryAfterUntilTheBudgetRefills() throws InterruptedException {
        var http = new RawGraphQl(environment);
        var first = http.post(HALF_A_THOUSAND_POINTS, "X-Forwarded-For", "198.51.100.1, 203.0.113.7");
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.headers().getFirst("X-RateLimit-Limit")).isEqualTo("1500");
        assertThat(first.headers().getFirst("X-Query-Cost")).isEqualTo("500");
        // 1,500 − 500, plus what refilled (500 a second) while the request ran: charged, whatever the machine's speed
        assertThat(Long.parseLong(first.headers().getFirst("X-RateLimit-Remaining"))).isBetween(999L, 1499L);
        assertThat(first.headers().getFirst("X-RateLimit-Reset")).isNotNull();

        RawGraphQl.Answer refused = null;
        for (int i = 0; i < 10 && refused == null; i++) {
            var answer = http.post(HALF_A_THOUSAND_POINTS, "X-Forwarded-For", "203.0.113.7");
            if (answer.status() == 429) {
                refused = answer;
            }
        }
        assertThat(refused).as("a 429 within ten requests").isNotNull();
        var retryAfter = Long.parseLong(refused.headers().getFirst("Retry-After"));
        assertThat(retryAfter).isBetween(1L, 3L);
        assertThat(refused.headers().getFirst("X-RateLimit-Remaining")).isEqualTo("0");
        assertThat(refused.code()).isEqualTo("RATE_LIMITED");

        assertThat(http.post(HALF_A_THOUSAND_POINTS, "X-Forwarded-For", "203.0.113.8").status())
                .as("another client has its own budget").isEqualTo(200);
        var local = http.post(HALF_A_THOUSAND_POINTS);
        assertThat(local.status()).as("loopback is not budgeted").isEqualTo(200);
        assertThat(local.headers().getFirst("X-RateLimit-Limit")).isNull();

        Thread.sleep(retryAfter * 1000 + 100);
        assertThat(http.post(HALF_A_THOUSAND_POINTS, "X-Forwarded-For", "203.0.113.7").status())
                .as("after Retry-After").isEqualTo(200);
    }

    @Test
    void aValidApiKeyHasItsOwnLargerBudget() {
        var answer = new RawGraphQl(environment).post(HALF_A_THOUSAND_POINTS, "X-Forwarded-For", "203.0.113.9",
                "X-Api-Key", KemuIntegrationTest.API_KEY);
        assertThat(answer.headers().getFirst("X-RateLimit-Limit")).isEqualTo("15000");
        var wrongKey = new RawGraphQl(environment).post(HALF_A_THOUSAND_POINTS, "X-Forwarded-For", "203.0.113.9",
                "X-Api-Key", "not-a-key");
        assertThat(wrongKey.headers().getFirst("X-RateLimit-Limit")).as("budgeted by address").isEqualTo("1500");
    }
}
