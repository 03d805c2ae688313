package org.kemu.availability;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Adds {@code Retry-After} to an answer refused for an unreachable database, and tells {@link DatabaseAvailability}
 * when answers come without that error again. GraphQL over HTTP answers a well-formed request with 200 and the
 * error in the body; the header and {@code extensions.code} are what a client or proxy acts on.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
final class RetryAfterInterceptor implements WebGraphQlInterceptor {

    private final DatabaseAvailability availability;

    RetryAfterInterceptor(DatabaseAvailability availability) {
        this.availability = availability;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        return chain.next(request).doOnNext(response -> {
            var unavailable = response.getErrors().stream()
                    .anyMatch(error -> DatabaseAvailability.SERVICE_UNAVAILABLE.equals(error.getExtensions().get("code")));
            if (unavailable) {
                response.getResponseHeaders().set(HttpHeaders.RETRY_AFTER,
                        Long.toString(DatabaseAvailability.RETRY_AFTER.toSeconds()));
            } else if (availability.isDown() && response.getData() != null) {
                availability.answered();
            }
        });
    }
}
