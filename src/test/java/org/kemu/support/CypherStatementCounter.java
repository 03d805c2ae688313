package org.kemu.support;

import java.util.concurrent.atomic.AtomicInteger;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import org.slf4j.LoggerFactory;

/**
 * Counts the Cypher statements the application sends, from the statement log Spring Data Neo4j's client writes
 * before running each one. Works whichever Neo4j the tests run against.
 */
public final class CypherStatementCounter implements AutoCloseable {

    private static final String CYPHER_LOG = "org.springframework.data.neo4j.cypher";

    private final Logger logger = (Logger) LoggerFactory.getLogger(CYPHER_LOG);
    private final Level previousLevel = logger.getLevel();
    private final boolean previousAdditivity = logger.isAdditive();
    private final AtomicInteger count = new AtomicInteger();
    private final AppenderBase<ILoggingEvent> appender = new AppenderBase<>() {
        @Override
        protected void append(ILoggingEvent event) {
            if (event.getLevel() == Level.DEBUG && event.getFormattedMessage().startsWith("Executing:")) {
                count.incrementAndGet();
            }
        }
    };

    public static CypherStatementCounter start() {
        return new CypherStatementCounter();
    }

    private CypherStatementCounter() {
        appender.start();
        logger.addAppender(appender);
        // counted, not printed: the statements would fill the test log
        logger.setAdditive(false);
        logger.setLevel(Level.DEBUG);
    }

    public int count() {
        return count.get();
    }

    @Override
    public void close() {
        logger.detachAppender(appender);
        logger.setLevel(previousLevel);
        logger.setAdditive(previousAdditivity);
    }
}
