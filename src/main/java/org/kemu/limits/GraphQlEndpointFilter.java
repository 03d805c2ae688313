package org.kemu.limits;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A servlet filter that looks only at requests that run GraphQL: the endpoint, and every {@link QueryPath} another
 * capability declares, so that no second way in escapes the budgets.
 */
abstract class GraphQlEndpointFilter extends OncePerRequestFilter {

    private final Set<String> paths;

    GraphQlEndpointFilter(String graphQlPath, ObjectProvider<QueryPath> otherPaths) {
        this.paths = Stream.concat(Stream.of(graphQlPath), otherPaths.orderedStream().map(QueryPath::path))
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    protected final boolean shouldNotFilter(HttpServletRequest request) {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        return !paths.contains(path);
    }
}
