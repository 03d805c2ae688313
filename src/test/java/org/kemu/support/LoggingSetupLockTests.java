package org.kemu.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two applications started at the same moment, again and again, as the shared test server and a command of an
 * {@link OwnDatabase} test may be: without {@link LoggingSetupLock} some starts fail while Logback is set up twice
 * at once (5 of 80 starts did when this was written). And a test watching the log while another application
 * starts hears what it watches.
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

    /**
     * Once an application has closed, the next one to start holds back every log event in the JVM until its own
     * logging is set up; held off before that, it holds back nothing.
     */
    @Test
    void aLogWatcherHearsItsLoggerWhileAnotherApplicationWaitsToStart() throws Exception {
        startAndStop();
        var heard = new ListAppender<ILoggingEvent>();
        heard.start();
        var logger = (Logger) LoggerFactory.getLogger(LoggingSetupLockTests.class.getName() + ".watched");
        logger.setLevel(Level.INFO);
        logger.addAppender(heard);
        try (var pool = Executors.newSingleThreadExecutor()) {
            Future<?> start;
            try (var held = LoggingSetupLock.hold()) {
                start = pool.submit(LoggingSetupLockTests::startAndStop);
                var giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (!LoggingSetupLock.applicationWaiting() && System.nanoTime() < giveUp) {
                    Thread.onSpinWait();
                }
                assertThat(LoggingSetupLock.applicationWaiting()).as("the other application waits").isTrue();
                logger.info("heard while another application starts");
            }
            start.get(60, TimeUnit.SECONDS);
        } finally {
            logger.detachAppender(heard);
        }
        assertThat(heard.list).extracting(ILoggingEvent::getFormattedMessage)
                .containsExactly("heard while another application starts");
    }

    private static void startAndStop() {
        new SpringApplicationBuilder(Empty.class).web(WebApplicationType.NONE).run().close();
    }
}
