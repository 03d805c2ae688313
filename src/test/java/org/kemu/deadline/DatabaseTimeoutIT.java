package org.kemu.deadline;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kemu.support.KemuIntegrationTest;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.data.neo4j.core.transaction.Neo4jTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The database side of a query's deadline: a statement sent through the client while a query runs
 * ({@link QueryReads}) is stopped by Neo4j itself when it runs past the deadline, and cannot write. Both ways a
 * statement can take are held to it: the application's own (in this process when the database is embedded, over
 * Bolt when it is external) and over Bolt, as against an external database.
 */
@KemuIntegrationTest
class DatabaseTimeoutIT {

    private static final String SLOW = "UNWIND range(1, 2000000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n";

    /** How the database refuses a write: Bolt's read access mode, or the kernel's read-only security context. */
    private static final String[] WRITE_REFUSED = {"Neo.ClientError.Statement.AccessMode",
            "Neo.ClientError.Security.Forbidden"};

    enum Way { APPLICATION, BOLT }

    private record Reads(Neo4jClient client, PlatformTransactionManager transactions, Driver driver) {
    }

    @Autowired
    Neo4jClient neo4j;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Driver driver;

    @Autowired
    Neo4jConnectionDetails database;

    private Driver boltDriver;

    @AfterEach
    void closeBoltDriver() {
        if (boltDriver != null) {
            boltDriver.close();
        }
    }

    private Reads reads(Way way) {
        if (way == Way.APPLICATION) {
            return new Reads(neo4j, transactions, driver);
        }
        boltDriver = new QueryStatementsDriver(GraphDatabase.driver(database.getUri(), database.getAuthToken()), null);
        return new Reads(Neo4jClient.create(boltDriver), new Neo4jTransactionManager(boltDriver), boltDriver);
    }

    @ParameterizedTest
    @EnumSource(Way.class)
    void aQuerysStatementRunningPastTheDeadlineIsStoppedByTheDatabase(Way way) {
        var reads = reads(way);
        var started = System.nanoTime();
        assertThatThrownBy(() -> QueryReads.run(Duration.ofSeconds(1), () -> reads.client().query(SLOW).fetch().one()))
                .hasStackTraceContaining("TransactionTimedOut");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    }

    /** A transaction begun explicitly inside a query, here through Spring's, ends by the query's deadline too. */
    @ParameterizedTest
    @EnumSource(Way.class)
    void aTransactionBegunInsideAQueryEndsByItsDeadline(Way way) {
        var reads = reads(way);
        var ownTransaction = new TransactionTemplate(reads.transactions());
        ownTransaction.setReadOnly(true);
        var started = System.nanoTime();
        assertThatThrownBy(() -> QueryReads.run(Duration.ofSeconds(1),
                () -> ownTransaction.execute(status -> reads.client().query(SLOW).fetch().one())))
                .hasStackTraceContaining("TransactionTimedOut");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    }

    /** Neither through the client nor through the driver's own write transaction. */
    @ParameterizedTest
    @EnumSource(Way.class)
    void aQuerysStatementCannotWrite(Way way) {
        var reads = reads(way);
        assertThatThrownBy(() -> QueryReads.run(Duration.ofSeconds(10),
                () -> reads.client().query("CREATE (p:DeadlineProbe) RETURN count(p) AS n").fetch().one()))
                .satisfies(refusal -> assertThat(stackTrace(refusal)).containsAnyOf(WRITE_REFUSED));
        assertThatThrownBy(() -> QueryReads.run(Duration.ofSeconds(10), () -> {
            try (var session = reads.driver().session()) {
                return session.executeWrite(tx -> tx.run("CREATE (p:DeadlineProbe) RETURN count(p) AS n").consume());
            }
        })).hasMessageContaining("does not write");
        assertThat(neo4j.query("MATCH (p:DeadlineProbe) RETURN count(p) AS n").fetchAs(Long.class).one())
                .hasValue(0L);
    }

    private static String stackTrace(Throwable failure) {
        var text = new StringWriter();
        failure.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
