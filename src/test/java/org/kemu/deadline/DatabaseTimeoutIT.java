package org.kemu.deadline;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.kemu.support.KemuIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The database side of a deadline: a read transaction with a timeout, as {@link ReadTransactions} opens one per
 * query that reads, is ended by Neo4j itself when a statement runs past it — whichever Neo4j the tests run against.
 */
@KemuIntegrationTest
class DatabaseTimeoutIT {

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Neo4jClient neo4j;

    @Test
    void aStatementRunningPastTheTransactionTimeoutIsStoppedByTheDatabase() {
        var reads = new TransactionTemplate(transactions);
        reads.setReadOnly(true);
        reads.setTimeout(1);
        var started = System.nanoTime();
        assertThatThrownBy(() -> reads.executeWithoutResult(status -> neo4j.query(
                "UNWIND range(1, 2000000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n").fetch().one()))
                .hasStackTraceContaining("TransactionTimedOut");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    }

    /** The same for the transaction a query's first statement begins: the client the application holds begins it. */
    @Test
    void aQuerysReadTransactionBegunByItsFirstStatementIsStoppedByTheDatabase() {
        var reads = new DefaultTransactionDefinition();
        reads.setReadOnly(true);
        reads.setTimeout(1);
        var started = System.nanoTime();
        assertThatThrownBy(() -> LazyReadTransaction.run(transactions, reads, () -> neo4j.query(
                "UNWIND range(1, 2000000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n").fetch().one()))
                .hasStackTraceContaining("TransactionTimedOut");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    }
}
