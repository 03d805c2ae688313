package org.kemu.support;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLocksProvider.Lock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/** Each shared test server's tests take that server's lock, whichever annotation brings them there. */
class TestServerLocksTests {

    @KemuIntegrationTest
    static final class OnTheFirst {
    }

    @SecondTestServer
    static final class OnTheSecond {
    }

    @Test
    void theTwoServersChainsTakeLocksOfTheirOwn() {
        assumeFalse(Neo4jTestDatabase.external(), "with one external database both chains take the first's lock");
        var locks = new TestServerLocks();

        assertThat(locks.provideForClass(OnTheFirst.class))
                .containsExactly(new Lock("kemu:test-server:first", ResourceAccessMode.READ_WRITE));
        assertThat(locks.provideForClass(OnTheSecond.class))
                .containsExactly(new Lock("kemu:test-server:second", ResourceAccessMode.READ_WRITE));
    }
}
