package org.kemu.limits;

import java.util.LinkedHashMap;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import org.springframework.graphql.execution.ErrorType;

/**
 * A limit a query went over, as a client reads it: {@code extensions.code}, the limit, the query's figure, the
 * setting that moves the limit and, where one branch is to blame, its path.
 */
enum Refusal {

    DOCUMENT_TOO_LARGE("max-document-bytes", "the query document is %,d bytes, over the limit of %,d"),
    TOO_MANY_FIELDS("max-fields", "the query selects more than %,d fields with its fragments expanded, over the limit of %,d"),
    TOO_MANY_ALIASES("max-aliases", "the query uses %,d aliases, over the limit of %,d"),
    QUERY_TOO_DEEP("max-depth", "the query nests fields %,d deep, over the limit of %,d"),
    QUERY_TOO_COMPLEX("max-cost", "the query may return up to %,d objects, over the limit of %,d");

    private static final int LONGEST_PATH = 160;

    private final String setting;
    private final String message;

    Refusal(String setting, String message) {
        this.setting = "kemu.limits." + setting;
        this.message = message;
    }

    GraphQLError error(long actual, long limit, String path) {
        var text = new StringBuilder(message.formatted(actual, limit)).append(" (").append(setting).append(")");
        var extensions = new LinkedHashMap<String, Object>();
        extensions.put("code", name());
        extensions.put("limit", limit);
        extensions.put("actual", actual);
        extensions.put("setting", setting);
        if (!path.isEmpty()) {
            // the path is built from the client's own field names; a long one is quoted by its start
            var shown = path.length() > LONGEST_PATH ? path.substring(0, LONGEST_PATH) + "…" : path;
            extensions.put("path", shown);
            text.append(this == QUERY_TOO_DEEP ? "; deepest path: " : "; costliest path: ").append(shown);
        }
        if (this == QUERY_TOO_COMPLEX) {
            text.append(". A list counts as often as it may hold items (its `first`, or the cap its description "
                    + "states): ask for smaller pages, fewer levels or fewer aliases");
        }
        // no locations: the whole document is refused, not a place in it
        return GraphqlErrorBuilder.newError().errorType(ErrorType.BAD_REQUEST).message(text.toString())
                .locations(null).extensions(extensions).build();
    }
}
