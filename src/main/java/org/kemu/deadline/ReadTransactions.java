package org.kemu.deadline;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import org.kemu.availability.DatabaseAvailability;
import org.kemu.config.KemuProperties;
import org.kemu.web.ParsedDocument;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import reactor.core.publisher.Mono;

/**
 * Admits a bounded number of GraphQL requests at once and runs each query in one read-only transaction whose
 * timeout is the request's deadline: Neo4j stops a statement that would run past it, and refuses any write. It is
 * not a snapshot: Neo4j reads at read-committed isolation, so a statement run after an import commits sees that
 * import even inside this transaction. The transaction begins with the query's first statement
 * ({@link LazyReadTransaction}), so a query answered from memory or about the schema alone ({@code __typename},
 * {@code __schema}, {@code __type}) opens none. Mutations keep their own transactions. The
 * innermost interceptor, so that answers other interceptors give without executing (cached, refused) take no place
 * here.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
final class ReadTransactions implements WebGraphQlInterceptor {

    private final PlatformTransactionManager transactions;
    private final DefaultTransactionDefinition reads = new DefaultTransactionDefinition();
    private final Semaphore executing;
    private final int maxConcurrent;
    private final Duration queueWait;
    private final Duration deadline;
    private final DatabaseAvailability availability;

    ReadTransactions(PlatformTransactionManager transactions, KemuProperties properties,
                     DatabaseAvailability availability) {
        this.availability = availability;
        var requests = properties.requests();
        this.deadline = requests.timeout();
        this.maxConcurrent = requests.maxConcurrent();
        this.queueWait = requests.queueWait();
        this.executing = new Semaphore(maxConcurrent, true);
        this.transactions = transactions;
        reads.setReadOnly(true);
        reads.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
        // whole seconds: the unit of Spring's transaction timeout; a deadline under a second still gets one
        reads.setTimeout((int) Math.max(1, Math.ceil(deadline.toMillis() / 1000.0)));
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        return Mono.fromCallable(() -> {
            if (!executing.tryAcquire(queueWait.toMillis(), TimeUnit.MILLISECONDS)) {
                return refused(request, RequestErrors.serverBusy(maxConcurrent, queueWait));
            }
            try {
                return access(request) == Access.READS ? inReadTransaction(request, chain) : chain.next(request).block();
            } finally {
                executing.release();
            }
        });
    }

    private WebGraphQlResponse inReadTransaction(WebGraphQlRequest request, Chain chain) {
        var answer = new AtomicReference<WebGraphQlResponse>();
        try {
            return LazyReadTransaction.run(transactions, reads, () -> {
                var response = chain.next(request).block();
                answer.set(response);
                return response;
            });
        } catch (TransactionException e) {
            return endedAfter(answer.get(), request, e);
        } catch (RuntimeException e) {
            if (answer.get() == null) {
                throw e;
            }
            // the commit failed after the answer was computed; Spring then throws the failed rollback's exception
            // (the transaction is already closed), not the commit's own, so what failed is the end of the transaction
            return endedAfter(answer.get(), request, e);
        }
    }

    /**
     * The answer when the transaction could not be committed. A statement that failed has put its error in the
     * answer already, and the database then refuses to commit the transaction it ended: the answer says what went
     * wrong, where a deadline error would send the client looking for the wrong cause.
     */
    private WebGraphQlResponse endedAfter(WebGraphQlResponse answer, WebGraphQlRequest request, RuntimeException e) {
        if (answer != null && !answer.getErrors().isEmpty() && !availability.isUnavailable(e)) {
            return answer;
        }
        return ended(request, e);
    }

    /** The answer when the database ended the transaction: unreachable, or at its timeout. */
    private WebGraphQlResponse ended(WebGraphQlRequest request, RuntimeException e) {
        if (availability.isUnavailable(e)) {
            return refused(request, availability.refused(e));
        }
        return refused(request, RequestErrors.deadlineExceeded(deadline));
    }

    /** What the operation a request runs does with the database. */
    private enum Access {
        /** A mutation, which opens its own transactions. */
        WRITES,
        /** A query: one read transaction, begun if a statement needs it. */
        READS
    }

    /**
     * Decided on the document the HTTP endpoint read ({@link ParsedDocument}), or on the text parsed here for a
     * request that came another way. A document that does not parse, or is not sent (a persisted query by its hash),
     * is taken as reading: the engine reports its own errors, and a read-only transaction refuses any write a
     * misjudged request might attempt.
     */
    private static Access access(WebGraphQlRequest request) {
        var document = ParsedDocument.of(request).or(() -> parsed(request.getDocument()));
        var name = request.getOperationName();
        return document.flatMap(parsed -> parsed.getDefinitionsOfType(OperationDefinition.class).stream()
                        .filter(operation -> name == null || name.equals(operation.getName()))
                        .findFirst())
                .map(ReadTransactions::access)
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
