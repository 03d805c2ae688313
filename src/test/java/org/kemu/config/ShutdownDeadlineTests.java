package org.kemu.config;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A shutdown that outlasts its deadline is ended, one that completes in time is not; until it is asked to stop,
 * nothing counts down.
 */
class ShutdownDeadlineTests {

    @Test
    void aShutdownThatOutlastsItsDeadlineIsEnded() throws InterruptedException {
        var ended = new CountDownLatch(1);
        var deadline = new ShutdownDeadline(Duration.ofMillis(200), () -> false, ended::countDown);
        deadline.start();
        assertThat(deadline.isRunning()).isTrue();
        assertThat(ended.await(400, TimeUnit.MILLISECONDS)).as("not asked to stop yet").isFalse();

        deadline.stop();

        assertThat(deadline.isRunning()).isFalse();
        assertThat(ended.await(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aShutdownThatCompletesInTimeEndsNothing() throws InterruptedException {
        var ended = new CountDownLatch(1);
        var stopped = new AtomicBoolean();
        var deadline = new ShutdownDeadline(Duration.ofMillis(500), stopped::get, ended::countDown);
        deadline.start();
        deadline.stop();
        stopped.set(true);

        assertThat(ended.await(1500, TimeUnit.MILLISECONDS)).isFalse();
    }

    @Test
    void aPausedContextIsNotEnded() throws InterruptedException {
        var ended = new CountDownLatch(1);
        try (var context = new GenericApplicationContext()) {
            context.registerBean(ShutdownDeadline.class,
                    () -> new ShutdownDeadline(Duration.ofMillis(200), () -> false, ended::countDown));
            context.refresh();
            context.pause();

            assertThat(ended.await(1, TimeUnit.SECONDS)).as("ended while paused").isFalse();
            context.restart();
        }
    }

    @Test
    void itStopsBeforeEveryOtherPartOfTheApplication() {
        assertThat(new ShutdownDeadline(Duration.ofSeconds(1), () -> true, () -> { }).getPhase())
                .isEqualTo(Integer.MAX_VALUE);
    }
}
