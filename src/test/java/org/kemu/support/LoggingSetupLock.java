package org.kemu.support;

import java.util.concurrent.locks.ReentrantLock;

import org.springframework.boot.context.event.ApplicationContextInitializedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationStartingEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.GenericApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.ResolvableType;

/**
 * Lets one Spring application at a time set up logging in the test JVM. Spring Boot configures Logback, which is one
 * per JVM, while the environment is prepared; two applications doing so at once (the shared test server starting
 * beside an {@link OwnDatabase} test's command) reset each other's half-made configuration and one fails with
 * "Unable to find Spring Environment in logger context". The lock is taken as the application starts, before Boot's
 * logging listener runs, and given back once the context is initialised or the start has failed: from its start
 * until its logging is set up, Boot also holds back every log event in the JVM (a filter it adds as the application
 * starts), which would hide from a log watcher the lines it waits for. Registered in META-INF/spring.factories of
 * the tests, so it holds for test contexts and for the commands the tests run alike. A test that watches the log as
 * it set it up {@link #hold() holds} the lock meanwhile, so that no application starting beside it changes levels or
 * appenders under it.
 */
public final class LoggingSetupLock implements GenericApplicationListener {

    private static final ReentrantLock SETUP = new ReentrantLock();

    /** Keeps every other application from setting up logging until closed; taken again by this thread's own starts. */
    public static Held hold() {
        SETUP.lock();
        return new Held();
    }

    /** The lock as held by {@link #hold()}. */
    public static final class Held implements AutoCloseable {

        private Held() {
        }

        @Override
        public void close() {
            SETUP.unlock();
        }
    }

    /** Whether an application waits for the lock to set up its logging. */
    static boolean applicationWaiting() {
        return SETUP.hasQueuedThreads();
    }

    @Override
    public boolean supportsEventType(ResolvableType eventType) {
        var type = eventType.getRawClass();
        return type != null && (ApplicationStartingEvent.class.isAssignableFrom(type)
                || ApplicationContextInitializedEvent.class.isAssignableFrom(type)
                || ApplicationFailedEvent.class.isAssignableFrom(type));
    }

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        if (event instanceof ApplicationStartingEvent) {
            SETUP.lock();
        } else if (SETUP.isHeldByCurrentThread()) {
            SETUP.unlock();
        }
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
