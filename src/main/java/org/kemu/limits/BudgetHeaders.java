package org.kemu.limits;

import java.util.Map;
import java.util.function.BiConsumer;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Tells a budgeted client where it stands on every answer: {@code X-RateLimit-Limit} (points per period),
 * {@code X-RateLimit-Remaining}, {@code X-RateLimit-Reset} (seconds until the budget is full) and
 * {@code X-Query-Cost} (what this request was charged). A request the engine never measured, e.g. one that does
 * not parse, is charged 1.
 */
@Component
final class BudgetHeaders implements WebGraphQlInterceptor {

    /** Where the client's {@link TokenBucket} travels: a request attribute, then the GraphQL context. */
    static final String BUDGET = "kemu.limits.budget";

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        if (!(request.getAttributes().get(BUDGET) instanceof TokenBucket budget)) {
            return chain.next(request);
        }
        request.configureExecutionInput((input, builder) -> builder.graphQLContext(Map.of(BUDGET, budget)).build());
        return chain.next(request).doOnNext(response -> {
            var context = response.getExecutionInput().getGraphQLContext();
            long cost = context.getOrDefault(QueryLimits.COST, 0L);
            if (cost == 0) {
                cost = 1;
                budget.spend(cost);
            }
            var headers = response.getResponseHeaders();
            headers.set("X-Query-Cost", Long.toString(cost));
            describe(budget, headers::set);
        });
    }

    static void describe(TokenBucket budget, BiConsumer<String, String> header) {
        header.accept("X-RateLimit-Limit", Long.toString(budget.capacity()));
        header.accept("X-RateLimit-Remaining", Long.toString(budget.remaining()));
        header.accept("X-RateLimit-Reset", Long.toString(budget.secondsUntilFull()));
    }
}
