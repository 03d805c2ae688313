package org.kemu.limits;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Turns away a client whose budget is spent with HTTP 429 and {@code Retry-After}, before its request is read,
 * and hands the budget of any other budgeted client on to {@link BudgetHeaders} and {@link QueryLimits}.
 */
@Component
final class RateLimitFilter extends GraphQlEndpointFilter {

    private final RateLimiter limiter;

    RateLimitFilter(RateLimiter limiter, @Value("${spring.graphql.http.path:/graphql}") String graphQlPath,
                      ObjectProvider<QueryPath> otherPaths) {
        super(graphQlPath, otherPaths);
        this.limiter = limiter;
    }


    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var budget = limiter.budgetFor(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"),
                request.getHeader("X-Api-Key"));
        if (budget.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        var wait = budget.get().secondsUntilAvailable();
        if (wait == 0) {
            request.setAttribute(BudgetHeaders.BUDGET, budget.get());
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait));
        BudgetHeaders.describe(budget.get(), response::setHeader);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("""
                {"errors":[{"message":"rate limit: this client has spent its query budget of %d points; it refills \
                within %d s (Retry-After)","extensions":{"code":"RATE_LIMITED","retryAfterSeconds":%d}}]}"""
                .formatted(budget.get().capacity(), wait, wait));
    }
}
