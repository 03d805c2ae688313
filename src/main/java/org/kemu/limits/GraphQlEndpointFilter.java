package org.kemu.limits;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.filter.OncePerRequestFilter;

/** A servlet filter that looks only at requests to the GraphQL endpoint. */
abstract class GraphQlEndpointFilter extends OncePerRequestFilter {

    private final String graphQlPath;

    GraphQlEndpointFilter(String graphQlPath) {
        this.graphQlPath = graphQlPath;
    }

    @Override
    protected final boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().equals(request.getContextPath() + graphQlPath);
    }
}
