package org.kemu.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two applications started at the same moment, again and again, as the shared test server and a command of an
 * {@link OwnDatabase} test may be: without {@link LoggingSetupLock} some starts fail while Logback is set up twice
 * at once (5 of 80 starts did when this was written).
 */
class LoggingSetupLockTests {

    private static final int ROUNDS = 40;

    @Configuration(proxyBeanMethods = false)
    static class Empty {
    }

    @Test
    void applicationsStartedTogetherEachSetUpLogging() throws InterruptedException {
        var failures = new ArrayList<Throwable>();
        try (var pool = Executors.newFixedThreadPool(2)) {
            for (int round = 0; round < ROUNDS; round++) {
                List<Future<?>> starts = List.of(pool.submit(LoggingSetupLockTests::startAndStop),
                        pool.submit(LoggingSetupLockTests::startAndStop));
                for (var start : starts) {
                    try {
                        start.get();
                    } catch (ExecutionException e) {
                        failures.add(e.getCause());
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    private static void startAndStop() {
        new SpringApplicationBuilder(Empty.class).web(WebApplicationType.NONE).run().close();
    }
}
