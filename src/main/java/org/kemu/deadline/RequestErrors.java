package org.kemu.deadline;

import java.time.Duration;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;

/** The errors this package answers with, each with a stable {@code extensions.code}. */
final class RequestErrors {

    static final String DEADLINE_EXCEEDED = "DEADLINE_EXCEEDED";
    static final String SERVER_BUSY = "SERVER_BUSY";

    private RequestErrors() {
    }

    static GraphQLError deadlineExceeded(Duration deadline) {
        return error(DEADLINE_EXCEEDED, "the request ran past its deadline of " + seconds(deadline)
                + " and was cancelled; ask for less (fewer fields, a smaller page, a narrower filter)", Map.of(
                "deadlineSeconds", deadline.toMillis() / 1000.0));
    }

    static GraphQLError serverBusy(int concurrent, Duration waited) {
        return error(SERVER_BUSY, "the server is executing " + concurrent + " requests already and none finished within "
                + seconds(waited) + "; retry shortly", Map.of("retryAfterSeconds", 1));
    }

    private static GraphQLError error(String code, String message, Map<String, Object> details) {
        var extensions = new java.util.LinkedHashMap<String, Object>(details);
        extensions.put("code", code);
        return GraphqlErrorBuilder.newError().message(message).errorType(Classification.of(code)).extensions(extensions)
                .build();
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    /** A classification named like the code, so clients that read {@code classification} see the same word. */
    private record Classification(String name) implements ErrorClassification {

        static Classification of(String code) {
            return new Classification(code);
        }

        @Override
        public Object toSpecification(GraphQLError error) {
            return name;
        }
    }
}
