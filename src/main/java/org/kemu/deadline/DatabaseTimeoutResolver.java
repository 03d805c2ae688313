package org.kemu.deadline;

import java.time.Duration;

import graphql.GraphQLError;
import graphql.schema.DataFetchingEnvironment;
import org.kemu.config.KemuProperties;
import org.neo4j.driver.exceptions.Neo4jException;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.stereotype.Component;

/**
 * A statement the database ended at the transaction's timeout is the request's deadline passing, and is answered
 * as such rather than as an internal error.
 */
@Component
final class DatabaseTimeoutResolver extends DataFetcherExceptionResolverAdapter {

    private final Duration deadline;

    DatabaseTimeoutResolver(KemuProperties properties) {
        this.deadline = properties.requests().timeout();
    }

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        for (var cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof Neo4jException neo4j && neo4j.code() != null
                    && (neo4j.code().contains("TransactionTimedOut") || neo4j.code().endsWith("Transaction.Terminated"))) {
                return RequestErrors.deadlineExceeded(deadline);
            }
        }
        return null;
    }
}
