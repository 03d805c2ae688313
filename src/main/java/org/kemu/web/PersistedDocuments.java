package org.kemu.web;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.execution.preparsed.persisted.PersistedQuerySupport;
import graphql.language.Document;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import org.kemu.config.KemuProperties;
import org.springframework.graphql.execution.ErrorType;

/**
 * Documents known by their sha256, handed to graphql-java in place of parsing and validating them again: the
 * registered (trusted) documents, those clients registered by sending hash and text together (Automatic Persisted
 * Queries), and every document sent as text, which portals send the same over and over. A hash alone that
 * is not known yet is answered with {@code PERSISTED_QUERY_NOT_FOUND}, on which clients resend it with the text.
 * <p>
 * graphql-java's {@code ApolloPersistedQuerySupport} keeps every document it is sent, without bound, casts the
 * extension without checking it and has no notion of a closed list, hence this provider; the marker text Spring
 * for GraphQL puts in a request without a document is graphql-java's own.
 */
final class PersistedDocuments implements PreparsedDocumentProvider {

    private final Map<String, String> registered;
    private final boolean registeredOnly;
    private final Cache<String, Parsed> parsed;

    /** A document that parsed and validated, with the size of its text, which is what the cache's bound counts. */
    private record Parsed(PreparsedDocumentEntry entry, int size) {
    }

    PersistedDocuments(RegisteredDocuments registered, boolean registeredOnly, KemuProperties.PersistedQueries limits) {
        this.registered = registered.byHash();
        this.registeredOnly = registeredOnly;
        // Caffeine bounds by weight or by count, not both: a document weighs at least an equal share of the byte
        // budget, so the weight bound also keeps the count within maxEntries
        var share = (int) Math.max(1, limits.maxSize().toBytes() / Math.max(1, limits.maxEntries()));
        this.parsed = Caffeine.newBuilder()
                .maximumWeight(limits.maxSize().toBytes())
                .weigher((String hash, Parsed document) -> Math.max(share, document.size()))
                // evictions are cheap: done on the request's thread, not queued to the common pool
                .executor(Runnable::run)
                .build();
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
            Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        try {
            return CompletableFuture.completedFuture(document(input, parseAndValidate));
        } catch (PersistedQuery.Refusal refusal) {
            return CompletableFuture.completedFuture(new PreparsedDocumentEntry(GraphqlErrorBuilder.newError()
                    .errorType(ErrorType.BAD_REQUEST)
                    .message(refusal.getMessage())
                    .extensions(Map.of("code", refusal.kind().code()))
                    .build()));
        }
    }

    private PreparsedDocumentEntry document(ExecutionInput input,
            Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        var text = text(input.getQuery());
        var named = PersistedQuery.hash(input.getExtensions());
        if (text == null && named.isEmpty() && !registeredOnly) {
            return parseAndValidate.apply(input);
        }
        var hash = named.orElseGet(() -> PersistedQuery.sha256(text == null ? "" : text));
        if (registeredOnly && !registered.containsKey(hash)) {
            throw new PersistedQuery.Refusal(PersistedQuery.Refusal.Kind.NOT_IN_LIST,
                    "only registered documents run on this server, and this one is not registered");
        }
        var known = parsed.getIfPresent(hash);
        if (known != null) {
            return known.entry();
        }
        var source = text != null ? text : registered.get(hash);
        if (source == null) {
            throw new PersistedQuery.Refusal(PersistedQuery.Refusal.Kind.NOT_FOUND, "PersistedQueryNotFound");
        }
        if (named.isPresent() && !PersistedQuery.sha256(source).equals(hash)) {
            throw new PersistedQuery.Refusal(PersistedQuery.Refusal.Kind.INVALID,
                    "extensions.persistedQuery.sha256Hash is not the sha256 of the query sent with it");
        }
        var entry = parseAndValidate.apply(input.transform(builder -> builder.query(source)));
        if (!entry.hasErrors()) {
            parsed.put(hash, new Parsed(entry, source.length()));
        }
        return entry;
    }

    /**
     * The parsed document a request stands for, without validating or remembering it, for deciding before
     * execution whether it is a query: the validated one already known for its text or hash, else its text or the
     * registered document its hash names, parsed. Empty when neither is there or the text does not parse
     * (execution then says why).
     */
    Optional<Document> peek(String query, Map<String, Object> extensions) {
        var text = text(query);
        try {
            var hash = text != null ? Optional.of(PersistedQuery.sha256(text)) : PersistedQuery.hash(extensions);
            var known = hash.map(parsed::getIfPresent);
            if (known.isPresent()) {
                return Optional.ofNullable(known.get().entry().getDocument());
            }
            if (text != null) {
                return Optional.of(Parser.parse(text));
            }
            return hash.map(registered::get).map(Parser::parse);
        } catch (InvalidSyntaxException | PersistedQuery.Refusal unusable) {
            return Optional.empty();
        }
    }

    /** The document's text, or null when the request only names a hash. */
    private static String text(String query) {
        return query == null || query.isBlank() || PersistedQuerySupport.PERSISTED_QUERY_MARKER.equals(query)
                ? null : query;
    }
}
