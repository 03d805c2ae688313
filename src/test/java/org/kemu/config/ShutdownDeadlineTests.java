package org.kemu.config;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A shutdown that outlasts its deadline is ended; until it is asked to stop, nothing counts down. */
class ShutdownDeadlineTests {

    @Test
    void aShutdownThatOutlastsItsDeadlineIsEnded() throws InterruptedException {
        var ended = new CountDownLatch(1);
        var deadline = new ShutdownDeadline(Duration.ofMillis(200), ended::countDown);
        deadline.start();
        assertThat(deadline.isRunning()).isTrue();
        assertThat(ended.await(400, TimeUnit.MILLISECONDS)).as("not asked to stop yet").isFalse();

        deadline.stop();

        assertThat(deadline.isRunning()).isFalse();
        assertThat(ended.await(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void itStopsBeforeEveryOtherPartOfTheApplication() {
        assertThat(new ShutdownDeadline(Duration.ofSeconds(1), () -> { }).getPhase()).isEqualTo(Integer.MAX_VALUE);
    }
}
