package org.kemu.deadline;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import org.kemu.config.KemuProperties;
import org.kemu.web.ParsedDocument;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Admits a bounded number of GraphQL requests at once, and runs each query with its deadline on the thread
 * ({@link QueryReads}): every statement it sends runs read-only, as its own auto-commit transaction, with the time
 * left as Neo4j's timeout, so Neo4j stops a statement that would run past the deadline and refuses any write. A
 * query answered from memory or about the schema alone sends nothing and costs the database nothing. The
 * statements of one answer may see an import that commits between them; one transaction around them would not
 * prevent that either, as Neo4j reads at read-committed isolation. Mutations keep their own transactions. The
 * innermost interceptor, so that answers other interceptors give without executing (cached, refused) take no place
 * here.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
final class RequestAdmission implements WebGraphQlInterceptor {

    private final Semaphore executing;
    private final int maxConcurrent;
    private final Duration queueWait;
    private final Duration deadline;

    RequestAdmission(KemuProperties properties) {
        var requests = properties.requests();
        this.deadline = requests.timeout();
        this.maxConcurrent = requests.maxConcurrent();
        this.queueWait = requests.queueWait();
        this.executing = new Semaphore(maxConcurrent, true);
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        return Mono.fromCallable(() -> {
            if (!executing.tryAcquire(queueWait.toMillis(), TimeUnit.MILLISECONDS)) {
                return refused(request, RequestErrors.serverBusy(maxConcurrent, queueWait));
            }
            try {
                return access(request) == Access.READS
                        ? QueryReads.run(deadline, () -> chain.next(request).block())
                        : chain.next(request).block();
            } finally {
                executing.release();
            }
        });
    }

    /** What the operation a request runs does with the database. */
    private enum Access {
        /** A mutation, which opens its own transactions. */
        WRITES,
        /** A query: its statements read, within its deadline. */
        READS
    }

    /**
     * Decided on the document the HTTP endpoint read ({@link ParsedDocument}), or on the text parsed here for a
     * request that came another way. A document that does not parse, or is not sent (a persisted query by its hash),
     * is taken as reading: the engine reports its own errors, and read-only statements refuse any write a misjudged
     * request might attempt.
     */
    private static Access access(WebGraphQlRequest request) {
        var document = ParsedDocument.of(request).or(() -> parsed(request.getDocument()));
        var name = request.getOperationName();
        return document.flatMap(parsed -> parsed.getDefinitionsOfType(OperationDefinition.class).stream()
                        .filter(operation -> name == null || name.equals(operation.getName()))
                        .findFirst())
                .map(RequestAdmission::access)
                .orElse(Access.READS);
    }

    private static Optional<Document> parsed(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Parser.parse(text));
        } catch (InvalidSyntaxException e) {
            return Optional.empty();
        }
    }

    private static Access access(OperationDefinition operation) {
        return operation.getOperation() == OperationDefinition.Operation.MUTATION ? Access.WRITES : Access.READS;
    }

    private static WebGraphQlResponse refused(WebGraphQlRequest request, GraphQLError error) {
        var result = ExecutionResult.newExecutionResult().errors(List.of(error)).build();
        return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
    }
}
