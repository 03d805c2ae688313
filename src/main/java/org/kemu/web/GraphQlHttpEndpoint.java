package org.kemu.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import jakarta.servlet.ServletException;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * GET and POST on the GraphQL path. Both are read here first, to refuse a mutation over GET and to answer a query
 * whose ETag the client holds with {@code 304} before it runs; everything else is handed, as a JSON POST, to Spring
 * for GraphQL's own handler, so that media types, status codes and interceptors behave as for any POST.
 */
final class GraphQlHttpEndpoint {

    private final GraphQlHttpHandler graphQl;
    private final PersistedDocuments documents;
    private final HttpCaching caching;
    private final JsonMapper json;

    GraphQlHttpEndpoint(GraphQlHttpHandler graphQl, PersistedDocuments documents, HttpCaching caching, JsonMapper json) {
        this.graphQl = graphQl;
        this.documents = documents;
        this.caching = caching;
        this.json = json;
    }

    ServerResponse get(ServerRequest request) throws ServletException {
        Submitted submitted;
        try {
            submitted = Submitted.fromParameters(request.params(), json);
        } catch (IllegalArgumentException e) {
            return refusal(ServerResponse.badRequest(), "BAD_REQUEST", e.getMessage());
        }
        var document = documents.peek(submitted.query(), submitted.extensions());
        var operation = document.flatMap(parsed -> operation(parsed, submitted));
        // the GraphQL-over-HTTP draft: GET must not change anything, a mutation is refused before it runs
        if (operation.filter(OperationDefinition.Operation.MUTATION::equals).isPresent()) {
            return refusal(ServerResponse.status(HttpStatus.METHOD_NOT_ALLOWED).header(HttpHeaders.ALLOW, "POST"),
                    "METHOD_NOT_ALLOWED", "mutations are not run over GET: send them with POST");
        }
        var forward = ServerRequest.from(request).method(HttpMethod.POST)
                .headers(headers -> headers.setContentType(MediaType.APPLICATION_JSON))
                .body(json.writeValueAsBytes(submitted.toMap()));
        return respond(request, Optional.of(submitted), document, operation, forward);
    }

    ServerResponse post(ServerRequest request) throws ServletException, IOException {
        var body = request.body(byte[].class);
        var submitted = Submitted.fromBody(body, json);
        var document = submitted.flatMap(sent -> documents.peek(sent.query(), sent.extensions()));
        var operation = submitted.flatMap(sent -> document.flatMap(parsed -> operation(parsed, sent)));
        return respond(request, submitted, document, operation, ServerRequest.from(request).body(body));
    }

    private ServerResponse respond(ServerRequest request, Optional<Submitted> submitted, Optional<Document> document,
                                   Optional<OperationDefinition.Operation> operation, ServerRequest.Builder forward)
            throws ServletException {
        document.ifPresent(parsed -> forward.attributes(attributes -> ParsedDocument.attach(parsed, attributes)));
        if (submitted.isPresent() && operation.filter(OperationDefinition.Operation.QUERY::equals).isPresent()) {
            var etag = caching.etag(submitted.get(), request.headers().firstHeader(HttpHeaders.ACCEPT));
            if (etag.isPresent() && HttpCaching.notModified(request.headers().asHttpHeaders(), etag.get())) {
                return ServerResponse.status(HttpStatus.NOT_MODIFIED).eTag(etag.get()).cacheControl(caching.cacheable())
                        .varyBy(HttpHeaders.ACCEPT).build();
            }
            etag.ifPresent(tag -> forward.attribute(HttpCaching.ETAG, tag));
        }
        return graphQl.handleRequest(forward.build());
    }

    private static Optional<OperationDefinition.Operation> operation(Document document, Submitted submitted) {
        return selected(document, submitted.operationName()).map(OperationDefinition::getOperation);
    }

    /** The operation that runs: the one named, or the only one; empty when that is ambiguous (execution says so). */
    private static Optional<OperationDefinition> selected(Document document, String name) {
        var operations = document.getDefinitionsOfType(OperationDefinition.class);
        if (name == null) {
            return operations.size() == 1 ? Optional.of(operations.getFirst()) : Optional.empty();
        }
        return operations.stream().filter(operation -> name.equals(operation.getName())).findFirst();
    }

    /** An answer in the shape of a GraphQL error, for requests refused before they reach GraphQL. */
    private static ServerResponse refusal(ServerResponse.BodyBuilder status, String classification, String message) {
        return status.contentType(MediaType.APPLICATION_JSON).cacheControl(CacheControl.noStore())
                .body(Map.of("errors", List.of(Map.of("message", message,
                        "extensions", Map.of("classification", classification)))));
    }
}
