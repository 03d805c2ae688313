package org.kemu.limits;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.kemu.config.KemuProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Refuses a request body larger than {@code kemu.limits.max-request-size} with HTTP 413 before any of it is read,
 * and stops reading a body of unknown length at that size: the query text has its own, smaller limit, but
 * variables (an import's documents) come in the body too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
final class RequestSizeFilter extends GraphQlEndpointFilter {

    private final long maxBytes;

    RequestSizeFilter(KemuProperties properties, @Value("${spring.graphql.http.path:/graphql}") String graphQlPath,
                             ObjectProvider<QueryPath> otherPaths) {
        super(graphQlPath, otherPaths);
        this.maxBytes = properties.limits().maxRequestSize().toBytes();
    }


    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var length = request.getContentLengthLong();
        if (length < 0) {
            // a body of unknown length (chunked) is read only up to the limit, then reading fails
            chain.doFilter(new LimitedBody(request, maxBytes), response);
            return;
        }
        if (length <= maxBytes) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Connection", "close");
        response.getWriter().write("""
                {"errors":[{"message":"the request body is %,d bytes, over the limit of %,d \
                (kemu.limits.max-request-size)","extensions":{"code":"REQUEST_TOO_LARGE","limit":%d}}]}"""
                .formatted(length, maxBytes, maxBytes));
    }

    /** A request whose body stream fails once more than the limit has been read from it. */
    private static final class LimitedBody extends HttpServletRequestWrapper {

        private final long maxBytes;

        LimitedBody(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            var body = super.getInputStream();
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    var next = body.read();
                    if (next >= 0 && ++read > maxBytes) {
                        throw new IOException("request body over the limit of " + maxBytes
                                + " bytes (kemu.limits.max-request-size)");
                    }
                    return next;
                }

                @Override
                public boolean isFinished() {
                    return body.isFinished();
                }

                @Override
                public boolean isReady() {
                    return body.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    body.setReadListener(listener);
                }
            };
        }
    }
}
