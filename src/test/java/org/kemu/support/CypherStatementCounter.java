package org.kemu.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Counts the Cypher statements the test server sends through its {@link Neo4jClient} between {@link #start()} and
 * {@link #close()}. The client is wrapped in the test server's context only ({@link #countingClient()}), so what a
 * test of its own running beside runs in its own context is not counted, and the count needs no log.
 */
public final class CypherStatementCounter implements AutoCloseable {

    private static final AtomicLong SENT = new AtomicLong();
    private static final AtomicLong OUTSIDE_A_READ_TRANSACTION = new AtomicLong();

    private final long startedAt = SENT.get();
    private final long outsideAtStart = OUTSIDE_A_READ_TRANSACTION.get();
    private long endedAt = -1;
    private long outsideAtEnd = -1;

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
     * Statements sent since the start, up to the close once closed, that found no read-only transaction under way
     * on their thread: a query's statement so sent would have no deadline in the database.
     */
    public int outsideAReadTransaction() {
        return Math.toIntExact((outsideAtEnd < 0 ? OUTSIDE_A_READ_TRANSACTION.get() : outsideAtEnd) - outsideAtStart);
    }

    @Override
    public void close() {
        endedAt = SENT.get();
        outsideAtEnd = OUTSIDE_A_READ_TRANSACTION.get();
    }

    /** Wraps the context's client so that every statement it is given is counted: each is sent once. */
    static BeanPostProcessor countingClient() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (!(bean instanceof Neo4jClient client)) {
                    return bean;
                }
                return Proxy.newProxyInstance(Neo4jClient.class.getClassLoader(), new Class<?>[] {Neo4jClient.class},
                        (proxy, method, args) -> {
                            try {
                                // after the call: the application's own client begins a query's transaction in it
                                var result = method.invoke(client, args);
                                if (method.getName().equals("query")) {
                                    SENT.incrementAndGet();
                                    if (!TransactionSynchronizationManager.isActualTransactionActive()
                                            || !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
                                        OUTSIDE_A_READ_TRANSACTION.incrementAndGet();
                                    }
                                }
                                return result;
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                        });
            }
        };
    }
}
