package org.kemu.deadline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Values;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a query's statements are given: the time left as their timeout, and a failure once the database is gone. */
class QueryReadsTests {

    @Test
    void aStatementGetsTheTimeLeftOrItsOwnShorterTimeoutAndKeepsItsMetadata() {
        QueryReads.run(Duration.ofSeconds(5), () -> {
            var reads = QueryReads.onThisThread();
            var left = reads.bound(TransactionConfig.empty()).timeout();
            assertThat(left).isLessThanOrEqualTo(Duration.ofSeconds(5)).isGreaterThan(Duration.ofSeconds(4));
            assertThat(left.toNanos() % 1_000_000).as("whole milliseconds, Neo4j's unit").isZero();
            var own = TransactionConfig.builder().withTimeout(Duration.ofMillis(300))
                    .withMetadata(Map.of("app", "kemu")).build();
            assertThat(reads.bound(own).timeout()).isEqualTo(Duration.ofMillis(300));
            assertThat(reads.bound(own).metadata()).containsEntry("app", Values.value("kemu"));
            var none = TransactionConfig.builder().withTimeout(Duration.ZERO).build();
            assertThat(reads.bound(none).timeout()).as("zero is no timeout, not a shorter one")
                    .isGreaterThan(Duration.ofSeconds(4));
            return null;
        });
        assertThat(QueryReads.onThisThread()).isNull();
    }

    /** Past the deadline a statement still goes out with the shortest timeout, so that Neo4j answers it timed out. */
    @Test
    void aStatementSentAfterTheDeadlineGetsTheShortestTimeout() {
        QueryReads.run(Duration.ZERO, () -> {
            assertThat(QueryReads.onThisThread().bound(TransactionConfig.empty()).timeout())
                    .isEqualTo(Duration.ofMillis(1));
            return null;
        });
    }

    @Test
    void onceAStatementFindsTheDatabaseUnreachableTheQuerysNextOnesFailWithThatAtOnce() {
        QueryReads.run(Duration.ofSeconds(5), () -> {
            var reads = QueryReads.onThisThread();
            reads.failed(new ClientException("Neo.ClientError.Statement.SyntaxError", "a fault of the statement"));
            reads.requireReachable();
            var unreachable = new ServiceUnavailableException("connection refused");
            reads.failed(unreachable);
            var failures = new ArrayList<RuntimeException>();
            for (int statement = 0; statement < 2; statement++) {
                try {
                    reads.requireReachable();
                } catch (RuntimeException e) {
                    failures.add(e);
                }
            }
            assertThat(failures).hasSize(2).allSatisfy(failure -> assertThat(failure).isSameAs(unreachable));
            return null;
        });
        QueryReads.run(Duration.ofSeconds(5), () -> {
            QueryReads.onThisThread().requireReachable();
            return null;
        });
    }

    @Test
    void aQueryRunInsideAnotherLeavesTheOuterOneOnTheThreadAfterwards() {
        QueryReads.run(Duration.ofSeconds(5), () -> {
            var outer = QueryReads.onThisThread();
            QueryReads.run(Duration.ofSeconds(1), () -> assertThat(QueryReads.onThisThread()).isNotSameAs(outer));
            assertThat(QueryReads.onThisThread()).isSameAs(outer);
            return null;
        });
        assertThatThrownBy(() -> QueryReads.run(Duration.ofSeconds(5), () -> {
            throw new IllegalStateException("a resolver failed");
        })).hasMessage("a resolver failed");
        assertThat(QueryReads.onThisThread()).isNull();
    }
}
