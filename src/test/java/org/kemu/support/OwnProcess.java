package org.kemu.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * A test that starts kemu in a JVM of its own, for what only a process shows (its exit status, its whole output),
 * with a database of its own where it needs one. Such tests share nothing with the others and spend most of their
 * time waiting for that JVM, so they run beside the other chains, one at a time ({@link #SLOT}), as the
 * {@link OwnDatabase} tests do in theirs.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(OwnProcess.SLOT)
public @interface OwnProcess {

    /** The one place for such a test beside the other chains. */
    String SLOT = "kemu:own-process";
}
