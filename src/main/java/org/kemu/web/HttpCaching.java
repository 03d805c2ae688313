package org.kemu.web;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.kemu.config.KemuProperties;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import reactor.core.publisher.Mono;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * ETag and Cache-Control of GraphQL answers. A query's ETag is the data version and a digest of what was asked
 * (document, operation, variables, and the Accept header, which picks the representation), so it is known before
 * the query runs and a client holding it gets a {@code 304} at the cost of reading the version. Only a query
 * answered without errors is cacheable; mutations and errors are {@code no-store}.
 * <p>
 * The version is read before the query runs: should an import commit in between, the answer carries newer data
 * under the older tag, which the next revalidation replaces, never older data under a newer tag.
 */
final class HttpCaching implements WebGraphQlInterceptor {

    /** The request attribute by which the endpoint hands a query's ETag to this interceptor. */
    static final String ETAG = HttpCaching.class.getName() + ".etag";

    private static final JsonMapper CANONICAL = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    private final DataVersion version;
    private final CacheControl cacheable;

    HttpCaching(DataVersion version, KemuProperties kemu) {
        this.version = version;
        this.cacheable = CacheControl.maxAge(kemu.web().cacheMaxAge()).cachePublic();
    }

    /** The tag of a query's answer at the current data version; empty while that version cannot be read. */
    Optional<String> etag(Submitted query, String accept) {
        var document = query.query() != null ? PersistedQuery.sha256(query.query())
                : PersistedQuery.hash(query.extensions()).orElseThrow();
        var asked = String.join("\n", document, Objects.toString(query.operationName(), ""),
                CANONICAL.writeValueAsString(query.variables()), Objects.toString(accept, ""));
        var current = version.current();
        return current.isEmpty() ? Optional.empty()
                : Optional.of("\"" + current.getAsLong() + "-" + PersistedQuery.sha256(asked).substring(0, 32) + "\"");
    }

    /** Whether the request's If-None-Match holds the tag (weak comparison, as RFC 9110 asks of If-None-Match). */
    static boolean notModified(HttpHeaders request, String etag) {
        return request.getIfNoneMatch().stream()
                .anyMatch(tag -> tag.equals("*") || (tag.startsWith("W/") ? tag.substring(2) : tag).equals(etag));
    }

    CacheControl cacheable() {
        return cacheable;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        var etag = (String) request.getAttributes().get(ETAG);
        return chain.next(request).doOnNext(response -> {
            var headers = response.getResponseHeaders();
            if (etag != null && response.isValid() && response.getErrors().isEmpty()) {
                headers.setETag(etag);
                headers.setCacheControl(cacheable);
                headers.setVary(List.of(HttpHeaders.ACCEPT));
            } else {
                headers.setCacheControl(CacheControl.noStore());
            }
        });
    }
}
