package org.kemu.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** Waiting for the embedded database says, at each interval, how long it has waited; its failure comes through. */
class EmbeddedNeo4jStartWaitTests {

    @Test
    void aSlowStartIsReportedAtEveryIntervalUntilItEnds() {
        var started = new CompletableFuture<String>();
        CompletableFuture.delayedExecutor(250, TimeUnit.MILLISECONDS).execute(() -> started.complete("ready"));
        var reported = new ArrayList<Duration>();

        assertThat(EmbeddedNeo4j.await(started, Duration.ofMillis(50), reported::add)).isEqualTo("ready");
        assertThat(reported).hasSizeGreaterThanOrEqualTo(3).isSorted()
                .allSatisfy(waited -> assertThat(waited).isGreaterThanOrEqualTo(Duration.ofMillis(50)));
    }

    @Test
    void aFailedStartIsRethrownAsItWasAndAQuickOneIsNotReported() {
        var failed = CompletableFuture.<String>failedFuture(new IllegalStateException("store is damaged"));
        assertThatThrownBy(() -> EmbeddedNeo4j.await(failed, Duration.ofSeconds(1), waited -> { }))
                .isInstanceOf(IllegalStateException.class).hasMessage("store is damaged");

        var reported = new ArrayList<Duration>();
        assertThat(EmbeddedNeo4j.await(CompletableFuture.completedFuture("ready"), Duration.ofSeconds(1), reported::add))
                .isEqualTo("ready");
        assertThat(reported).isEmpty();
    }
}
