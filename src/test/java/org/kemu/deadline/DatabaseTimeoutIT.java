package org.kemu.deadline;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.kemu.support.KemuIntegrationTest;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The database side of a query's deadline: a statement sent through the application's client while a query runs
 * ({@link QueryReads}) is stopped by Neo4j itself when it runs past the deadline, and cannot write — whichever
 * Neo4j the tests run against.
 */
@KemuIntegrationTest
class DatabaseTimeoutIT {

    private static final String SLOW = "UNWIND range(1, 2000000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n";

    @Autowired
    Neo4jClient neo4j;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Driver driver;

    @Test
    void aQuerysStatementRunningPastTheDeadlineIsStoppedByTheDatabase() {
        var started = System.nanoTime();
        assertThatThrownBy(() -> QueryReads.run(Duration.ofSeconds(1), () -> neo4j.query(SLOW).fetch().one()))
                .hasStackTraceContaining("TransactionTimedOut");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    }

    /** A transaction begun explicitly inside a query, here through Spring's, ends by the query's deadline too. */
    @Test
    void aTransactionBegunInsideAQueryEndsByItsDeadline() {
        var ownTransaction = new TransactionTemplate(transactions);
        ownTransaction.setReadOnly(true);
        var started = System.nanoTime();
        assertThatThrownBy(() -> QueryReads.run(Duration.ofSeconds(1),
                () -> ownTransaction.execute(status -> neo4j.query(SLOW).fetch().one())))
                .hasStackTraceContaining("TransactionTimedOut");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    }

    /** Neither through the client nor through the driver's own write transaction. */
    @Test
    void aQuerysStatementCannotWrite() {
        assertThatThrownBy(() -> QueryReads.run(Duration.ofSeconds(10),
                () -> neo4j.query("CREATE (p:DeadlineProbe) RETURN count(p) AS n").fetch().one()))
                .hasStackTraceContaining("read access mode");
        assertThatThrownBy(() -> QueryReads.run(Duration.ofSeconds(10), () -> {
            try (var session = driver.session()) {
                return session.executeWrite(tx -> tx.run("CREATE (p:DeadlineProbe) RETURN count(p) AS n").consume());
            }
        })).hasMessageContaining("does not write");
        assertThat(neo4j.query("MATCH (p:DeadlineProbe) RETURN count(p) AS n").fetchAs(Long.class).one())
                .hasValue(0L);
    }
}
