package org.kemu.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Counts the Cypher statements the first shared test server sends through its {@link Neo4jClient} between
 * {@link #start()} and {@link #close()}, and how its Neo4j driver was asked to run them. The client and the driver
 * are wrapped in that server's context only ({@link #counting()}), so what the tests running beside run (on the
 * second server, or in contexts of their own) is not counted, and the count needs no log.
 */
public final class CypherStatementCounter implements AutoCloseable {

    private static final AtomicLong SENT = new AtomicLong();
    private static final AtomicLong UNBOUNDED = new AtomicLong();

    private final long startedAt = SENT.get();
    private final long unboundedAtStart = UNBOUNDED.get();
    private long endedAt = -1;
    private long unboundedAtEnd = -1;

    private CypherStatementCounter() {
    }

    public static CypherStatementCounter start() {
        return new CypherStatementCounter();
    }

    /** Statements sent since the start, up to the close once closed. */
    public int count() {
        return Math.toIntExact((endedAt < 0 ? SENT.get() : endedAt) - startedAt);
    }

    /**
     * Statements and transactions the driver was given since the start, up to the close once closed, that were not
     * read-only with a timeout: a query's statement so sent could write, and would have no deadline in the database.
     */
    public int notReadOnlyWithATimeout() {
        return Math.toIntExact((unboundedAtEnd < 0 ? UNBOUNDED.get() : unboundedAtEnd) - unboundedAtStart);
    }

    @Override
    public void close() {
        endedAt = SENT.get();
        unboundedAtEnd = UNBOUNDED.get();
    }

    /**
     * Wraps the context's client, so that every statement it is given is counted (each is sent once), and its driver
     * beneath the application's own wrapper of it, so that what reaches the driver is seen as the database gets it.
     */
    static BeanPostProcessor counting() {
        return new CountingPostProcessor();
    }

    private static final class CountingPostProcessor implements BeanPostProcessor, Ordered {

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }

        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            if (bean instanceof Neo4jClient client) {
                return proxy(Neo4jClient.class, client, (method, args) -> {
                    if (method.getName().equals("query")) {
                        SENT.incrementAndGet();
                    }
                });
            }
            if (bean instanceof Driver driver) {
                return seeingSessions(driver);
            }
            return bean;
        }
    }

    private static Driver seeingSessions(Driver driver) {
        return (Driver) Proxy.newProxyInstance(Driver.class.getClassLoader(), new Class<?>[] {Driver.class},
                (proxy, method, args) -> {
                    var result = invoke(method, driver, args);
                    if (result instanceof Session session) {
                        var config = args == null ? SessionConfig.defaultConfig() : Arrays.stream(args)
                                .filter(SessionConfig.class::isInstance).map(SessionConfig.class::cast)
                                .findFirst().orElse(SessionConfig.defaultConfig());
                        var readOnly = config.defaultAccessMode() == AccessMode.READ;
                        return proxy(Session.class, session, (called, arguments) -> {
                            if (called.getName().equals("run") || called.getName().equals("beginTransaction")) {
                                if (!readOnly || !hasATimeout(arguments)) {
                                    UNBOUNDED.incrementAndGet();
                                }
                            }
                        });
                    }
                    return result;
                });
    }

    private static boolean hasATimeout(Object[] args) {
        return args != null && Arrays.stream(args).anyMatch(arg -> arg instanceof TransactionConfig config
                && config.timeout() != null && config.timeout().isPositive());
    }

    private interface Observer {
        void called(Method method, Object[] args);
    }

    private static <T> T proxy(Class<T> type, T target, Observer observer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            observer.called(method, args);
            return invoke(method, target, args);
        }));
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
