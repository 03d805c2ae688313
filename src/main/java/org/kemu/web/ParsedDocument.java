package org.kemu.web;

import java.util.Map;
import java.util.Optional;

import graphql.language.Document;
import org.springframework.graphql.server.WebGraphQlRequest;

/**
 * The document of a GraphQL request over HTTP as the endpoint read it (from the cache of validated documents, or
 * parsed once), handed to Spring for GraphQL's interceptors with the request, so that one deciding by the
 * request's operation need not parse it again.
 */
public final class ParsedDocument {

    private static final String ATTRIBUTE = ParsedDocument.class.getName();

    private ParsedDocument() {
    }

    /** The document the endpoint read for this request; empty for one that did not parse or came another way. */
    public static Optional<Document> of(WebGraphQlRequest request) {
        return request.getAttributes().get(ATTRIBUTE) instanceof Document document ? Optional.of(document)
                : Optional.empty();
    }

    /** Puts the document among the attributes a request will carry: done by a transport that has read it. */
    public static void attach(Document document, Map<String, Object> attributes) {
        attributes.put(ATTRIBUTE, document);
    }
}
