package org.kemu.availability;

import graphql.GraphQLError;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.stereotype.Component;

/**
 * A field whose statement could not reach the database, or ran on one that has failed, is answered
 * SERVICE_UNAVAILABLE, without a stack trace.
 */
@Component
final class UnreachableDatabaseResolver extends DataFetcherExceptionResolverAdapter {

    private final DatabaseAvailability availability;

    UnreachableDatabaseResolver(DatabaseAvailability availability) {
        this.availability = availability;
    }

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        return availability.isUnavailable(ex) ? availability.refused(ex) : null;
    }
}
