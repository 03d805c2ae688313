package org.kemu.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a client asked, read from GET parameters or a POST body before Spring for GraphQL reads it again to run
 * it: enough to tell a query from a mutation and to key its answer.
 */
record Submitted(String query, String operationName, Map<String, Object> variables, Map<String, Object> extensions) {

    /**
     * From {@code ?query=…&operationName=…&variables=…&extensions=…}, the last two as JSON objects. Throws
     * {@link IllegalArgumentException} saying which parameter is wrong, without quoting it.
     */
    static Submitted fromParameters(Map<String, ? extends List<String>> parameters, JsonMapper json) {
        var query = first(parameters, "query");
        var extensions = object(first(parameters, "extensions"), "extensions", json);
        if (query == null && (extensions == null || !extensions.containsKey("persistedQuery"))) {
            throw new IllegalArgumentException("a GET request needs a query parameter (the GraphQL document, URL-encoded)"
                    + " or an extensions parameter naming a persisted query");
        }
        return new Submitted(query, first(parameters, "operationName"),
                object(first(parameters, "variables"), "variables", json), extensions);
    }

    /** From a JSON POST body; empty when it is not readable, which Spring for GraphQL then answers. */
    static Optional<Submitted> fromBody(byte[] body, JsonMapper json) {
        try {
            var fields = json.readValue(body, Map.class);
            if (fields.get("query") instanceof String || fields.get("query") == null) {
                return Optional.of(new Submitted((String) fields.get("query"),
                        fields.get("operationName") instanceof String name ? name : null,
                        map(fields.get("variables")), map(fields.get("extensions"))));
            }
            return Optional.empty();
        } catch (JacksonException | ClassCastException unreadable) {
            return Optional.empty();
        }
    }

    /** The request as a JSON body, the form Spring for GraphQL's handler reads. */
    Map<String, Object> toMap() {
        var body = new LinkedHashMap<String, Object>();
        body.put("query", query);
        body.put("operationName", operationName);
        body.put("variables", variables);
        body.put("extensions", extensions);
        body.values().removeIf(Objects::isNull);
        return body;
    }

    private static String first(Map<String, ? extends List<String>> parameters, String name) {
        var values = parameters.get(name);
        return values == null || values.isEmpty() || values.getFirst().isEmpty() ? null : values.getFirst();
    }

    private static Map<String, Object> object(String text, String parameter, JsonMapper json) {
        if (text == null) {
            return null;
        }
        try {
            return map(json.readValue(text, Object.class));
        } catch (JacksonException | ClassCastException e) {
            throw new IllegalArgumentException("the " + parameter + " parameter must be a JSON object");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value == null ? null : (Map<String, Object>) value;
    }
}
