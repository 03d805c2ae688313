package org.kemu.support;

import java.util.Set;

import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLocksProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;

/**
 * One lock per shared test server, so the tests on one server run one at a time whichever thread runs them; the
 * second server's tests take the first's lock when both servers are one external database.
 */
public final class TestServerLocks implements ResourceLocksProvider {

    @Override
    public Set<Lock> provideForClass(Class<?> testClass) {
        var onSecond = AnnotatedElementUtils.hasAnnotation(testClass, SecondTestServer.class)
                && !Neo4jTestDatabase.external();
        return Set.of(new Lock("kemu:test-server:" + (onSecond ? SecondTestServer.NAME : Neo4jTestDatabase.FIRST),
                ResourceAccessMode.READ_WRITE));
    }
}
