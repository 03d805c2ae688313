package org.kemu.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.springframework.test.context.TestPropertySource;

/**
 * An integration test on the second shared test server: a server, database and seed load of its own, shared by the
 * tests so marked, which run one after another beside the chain on the first ({@link KemuIntegrationTest}). The tests
 * that spend the longest writing (imports, synthetic loads, purges) run here, so the two chains share the suite's
 * time. Statements are counted on the first server only ({@link CypherStatementCounter}). With one external database
 * for both ({@code SPRING_NEO4J_URI}) the two chains take turns instead ({@link TestServerLocks}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@KemuIntegrationTest
@TestPropertySource(properties = Neo4jTestDatabase.SERVER + "=" + SecondTestServer.NAME)
@Execution(ExecutionMode.CONCURRENT)
public @interface SecondTestServer {

    /** The second server's name, as {@link Neo4jTestDatabase} keeps a database per server. */
    String NAME = "second";
}
