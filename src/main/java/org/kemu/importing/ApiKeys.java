package org.kemu.importing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;

import org.kemu.api.ForbiddenException;
import org.kemu.config.KemuProperties;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Guards writes: the X-Api-Key header must carry one of the keys configured in {@code kemu.api-keys}. The read
 * API stays public; with no keys configured, writes over GraphQL are refused altogether.
 */
@Component
final class ApiKeys implements WebGraphQlInterceptor {

    static final String HEADER = "X-Api-Key";
    static final String CONTEXT_KEY = "kemu.apiKey";

    private final List<byte[]> keys;

    ApiKeys(KemuProperties properties) {
        this.keys = properties.apiKeys().stream().map(String::strip).filter(k -> !k.isEmpty())
                .map(k -> k.getBytes(StandardCharsets.UTF_8)).toList();
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        var key = request.getHeaders().getFirst(HEADER);
        if (key != null) {
            request.configureExecutionInput((input, builder) -> builder.graphQLContext(Map.of(CONTEXT_KEY, key)).build());
        }
        return chain.next(request);
    }

    void requireWriteAccess(String presented) {
        requireKey(presented, "imports over GraphQL are", "this mutation needs");
    }

    /** Revisions may hold what a correction took back, so only key holders read them. */
    void requireRevisionAccess(String presented) {
        requireKey(presented, "revision documents are", "a revision's document needs");
    }

    private void requireKey(String presented, String disabled, String needs) {
        if (keys.isEmpty()) {
            throw new ForbiddenException(disabled + " disabled: no API keys are configured (kemu.api-keys)");
        }
        if (presented == null) {
            throw new ForbiddenException(needs + " an API key in the " + HEADER + " header");
        }
        var given = presented.getBytes(StandardCharsets.UTF_8);
        if (keys.stream().noneMatch(k -> MessageDigest.isEqual(k, given))) {
            throw new ForbiddenException("the API key in the " + HEADER + " header is not valid");
        }
    }
}
