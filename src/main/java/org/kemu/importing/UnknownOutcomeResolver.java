package org.kemu.importing;

import java.util.Map;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.stereotype.Component;

/** An import whose outcome could not be read back is answered {@code UNKNOWN} with the reports to check. */
@Component
final class UnknownOutcomeResolver extends DataFetcherExceptionResolverAdapter {

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        if (!(ex instanceof UnknownOutcomeException unknown)) {
            return null;
        }
        return GraphqlErrorBuilder.newError(env)
                .errorType(ErrorClassification.errorClassification(UnknownOutcomeException.CODE))
                .message(unknown.getMessage())
                .extensions(Map.of("code", UnknownOutcomeException.CODE, "reportIds", unknown.reportIds()))
                .build();
    }
}
