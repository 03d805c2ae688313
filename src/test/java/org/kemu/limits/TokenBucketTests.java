package org.kemu.limits;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TokenBucketTests {

    private final AtomicLong nanos = new AtomicLong();
    private final TokenBucket bucket = new TokenBucket(1000, Duration.ofSeconds(10), nanos::get);

    @Test
    void startsFullAndRefillsInProportionToTimeUpToItsCapacity() {
        assertThat(bucket.remaining()).isEqualTo(1000);
        bucket.spend(600);
        assertThat(bucket.remaining()).isEqualTo(400);
        assertThat(bucket.secondsUntilFull()).isEqualTo(6);
        nanos.addAndGet(Duration.ofSeconds(3).toNanos());
        assertThat(bucket.remaining()).isEqualTo(700);
        nanos.addAndGet(Duration.ofSeconds(30).toNanos());
        assertThat(bucket.remaining()).isEqualTo(1000);
        assertThat(bucket.secondsUntilFull()).isZero();
    }

    @Test
    void theRequestThatEmptiesItMayLeaveADebtThatDelaysTheNext() {
        bucket.spend(900);
        assertThat(bucket.secondsUntilAvailable()).isZero();
        bucket.spend(1400);
        assertThat(bucket.remaining()).isZero();
        assertThat(bucket.secondsUntilAvailable()).as("1,301 points at 100 a second").isEqualTo(14);
        nanos.addAndGet(Duration.ofSeconds(14).toNanos());
        assertThat(bucket.secondsUntilAvailable()).isZero();
        assertThat(bucket.remaining()).isEqualTo(100);
    }
}
