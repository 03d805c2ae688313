package org.kemu.config;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
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

    /** @param deadline how long requests (20 s) and the embedded database (10 s) may take to stop, with room */
    @ConfigurationProperties("kemu.shutdown")
    record Settings(@DefaultValue("45s") Duration deadline) {
    }

    private final Duration deadline;
    private final Runnable end;
    private volatile boolean running;

    @Autowired
    ShutdownDeadline(Settings settings) {
        this(settings.deadline(), () -> Runtime.getRuntime().halt(1));
    }

    ShutdownDeadline(Duration deadline, Runnable end) {
        this.deadline = deadline;
        this.end = end;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        // a daemon: a shutdown that completes in time ends the JVM, and this thread with it
        Thread.ofPlatform().daemon().name("shutdown-deadline").start(() -> {
            try {
                Thread.sleep(deadline);
            } catch (InterruptedException e) {
                return;
            }
            log.error("kemu did not stop within {} s of being asked to; ending the process now", deadline.toSeconds());
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
}
