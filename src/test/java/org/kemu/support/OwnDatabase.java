package org.kemu.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * A test that starts a database (and, where it needs one, a server) of its own in the tests' JVM and shares nothing
 * with the other tests, so it runs beside them instead of after them: such tests spend most of their time waiting for
 * their own start-ups (see src/test/resources/junit-platform.properties). One such test runs at a time
 * ({@link #SLOT}): with several at once on two cores, a request to the shared server once ran past its deadline.
 * Those that start kemu in a JVM of its own are {@link OwnProcess} tests, a chain of their own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(OwnDatabase.SLOT)
public @interface OwnDatabase {

    /** The one place beside the shared-server tests. */
    String SLOT = "kemu:own-database";
}
