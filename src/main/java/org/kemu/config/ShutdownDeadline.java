package org.kemu.config;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Ends the process when stopping takes longer than {@code kemu.shutdown.deadline}: a database that cannot write
 * (a full disk) may never finish its shutdown, and a supervisor waiting for the process would wait for ever. The
 * first part of the application to stop, so the deadline counts from the start of the shutdown.
 */
@Component
final class ShutdownDeadline implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ShutdownDeadline.class);

    private static final Duration POLL = Duration.ofMillis(100);

    private final Duration deadline;
    private final BooleanSupplier stopped;
    private final Runnable end;
    private volatile boolean running;

    @Autowired
    ShutdownDeadline(KemuProperties properties, ConfigurableApplicationContext context) {
        // a context is no longer active once its close has run to the end, database included
        this(properties.shutdown().deadline(), () -> !context.isActive(), () -> {
            log.error("kemu did not stop within {} s of being asked to; ending the process now",
                    properties.shutdown().deadline().toSeconds());
            Runtime.getRuntime().halt(1);
        });
    }

    ShutdownDeadline(Duration deadline, BooleanSupplier stopped, Runnable end) {
        this.deadline = deadline;
        this.stopped = stopped;
        this.end = end;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        // a daemon, so that it never keeps a JVM alive; in a JVM that goes on (a command, a test) it ends with the close
        Thread.ofPlatform().daemon().name("shutdown-deadline").start(() -> {
            var giveUpAt = System.nanoTime() + deadline.toNanos();
            try {
                while (System.nanoTime() < giveUpAt) {
                    if (stopped.getAsBoolean()) {
                        return;
                    }
                    Thread.sleep(POLL);
                }
            } catch (InterruptedException e) {
                return;
            }
            end.run();
        });
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }

    /** A paused context (Spring's test context cache pauses those not in use) is not shutting down, and goes on. */
    @Override
    public boolean isPauseable() {
        return false;
    }
}
