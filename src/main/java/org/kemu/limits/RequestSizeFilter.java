package org.kemu.limits;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.kemu.config.KemuProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body larger than {@code kemu.limits.max-request-size} with HTTP 413 before any of it is read:
 * the query text has its own, smaller limit, but variables (an import's documents) come in the body too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
final class RequestSizeFilter extends OncePerRequestFilter {

    private final long maxBytes;
    private final String graphQlPath;

    RequestSizeFilter(KemuProperties properties, @Value("${spring.graphql.http.path:/graphql}") String graphQlPath) {
        this.maxBytes = properties.limits().maxRequestSize().toBytes();
        this.graphQlPath = graphQlPath;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().equals(request.getContextPath() + graphQlPath);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var length = request.getContentLengthLong();
        var chunked = length < 0 && "chunked".equalsIgnoreCase(request.getHeader("Transfer-Encoding"));
        if (length <= maxBytes && !chunked) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(chunked ? HttpStatus.LENGTH_REQUIRED.value() : HttpStatus.CONTENT_TOO_LARGE.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Connection", "close");
        var message = chunked ? "send the request with a Content-Length: bodies of unknown size are not read"
                : "the request body is %,d bytes, over the limit of %,d (kemu.limits.max-request-size)".formatted(length,
                maxBytes);
        response.getWriter().write("""
                {"errors":[{"message":"%s","extensions":{"code":"REQUEST_TOO_LARGE","limit":%d}}]}"""
                .formatted(message, maxBytes));
    }
}
