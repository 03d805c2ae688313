package org.kemu.api;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Shortens error messages that quote a client's value at length. kemu's own messages quote through
 * {@link Excerpt} already; graphql-java's parser and validation messages echo the offending token, enum name or
 * field name whole. Outermost, so that it also sees the errors of every other interceptor.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
final class ShortErrorMessages implements WebGraphQlInterceptor {

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        return chain.next(request).map(ShortErrorMessages::shortened);
    }

    private static WebGraphQlResponse shortened(WebGraphQlResponse response) {
        var errors = response.getExecutionResult().getErrors();
        var shortened = errors.stream().map(ShortErrorMessages::shortened).toList();
        var changed = false;
        for (int i = 0; i < errors.size(); i++) {
            changed |= shortened.get(i) != errors.get(i);
        }
        return changed ? response.transform(builder -> builder.errors(shortened)) : response;
    }

    private static GraphQLError shortened(GraphQLError error) {
        var message = Excerpt.message(error.getMessage());
        if (message == error.getMessage()) {
            return error;
        }
        return GraphqlErrorBuilder.newError()
                .message(message)
                .locations(error.getLocations())
                .path(error.getPath())
                .errorType(error.getErrorType())
                .extensions(error.getExtensions())
                .build();
    }
}
