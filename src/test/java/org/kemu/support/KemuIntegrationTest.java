package org.kemu.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.parallel.ResourceLock;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * An integration test against the running server over real HTTP and a real Neo4j. All such tests share one
 * application context, hence one database and one seed load per test run, and run one at a time; those marked
 * {@link SecondTestServer} share a second one.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "kemu.api-keys=" + KemuIntegrationTest.API_KEY, "kemu.web.cors.allowed-origins=" + KemuIntegrationTest.PORTAL_ORIGIN,
        // tests reach the server on loopback, which is not budgeted; a request that names a remote client in
        // X-Forwarded-For is, with budgets small and quick to refill
        "kemu.limits.trust-forwarded-for=true",
        "kemu.limits.rate.budget=1500",
        "kemu.limits.rate.key-budget=15000",
        "kemu.limits.rate.period=PT3S",
        "kemu.revisions.keep=3"})
@ContextConfiguration(initializers = Neo4jTestDatabase.class)
@Import(HttpGraphQlTesterConfiguration.class)
@ResourceLock(providers = TestServerLocks.class)
public @interface KemuIntegrationTest {

    /** The one API key the test server accepts for writes. */
    String API_KEY = "kemu-test-key";

    /** The one origin whose pages the test server lets call it from a browser (CORS). */
    String PORTAL_ORIGIN = "https://portal.example";
}
