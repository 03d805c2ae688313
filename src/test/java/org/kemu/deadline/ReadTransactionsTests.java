package org.kemu.deadline;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.parser.Parser;
import org.junit.jupiter.api.Test;
import org.kemu.availability.DatabaseAvailability;
import org.kemu.config.KemuProperties;
import org.kemu.web.ParsedDocument;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.util.LinkedMultiValueMap;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

/** Admission and the read transaction begun by a query's first statement, with a transaction manager that records what it was asked for (and can refuse commits). */
class ReadTransactionsTests {

    private final RecordingTransactions transactions = new RecordingTransactions();

    @Test
    void aQueryRunsInOneReadOnlyTransactionTimedOutAtTheDeadline() {
        var interceptor = interceptor(Duration.ofMillis(2500), 4);
        interceptor.intercept(request("{ subjects { code } }", null), this::answer).block();
        assertThat(transactions.begun).singleElement().satisfies(definition -> {
            assertThat(definition.isReadOnly()).isTrue();
            assertThat(definition.getTimeout()).isEqualTo(3);
        });
    }

    /** The transaction begins with the first statement, once, and ends with the query: none when nothing is read. */
    @Test
    void aQueryOpensItsTransactionOnlyWhenItSendsAStatement() {
        var interceptor = interceptor(Duration.ofSeconds(10), 4);
        interceptor.intercept(request("{ subject(code: \"208\") { name } }", null), this::answerFromMemory).block();
        interceptor.intercept(request("{ __typename __schema { queryType { name } } }", null), this::answerFromMemory)
                .block();
        assertThat(transactions.begun).isEmpty();

        interceptor.intercept(request("{ a b }", null), request -> {
            LazyReadTransaction.beginIfPending();
            return answer(request);
        }).block();
        assertThat(transactions.begun).hasSize(1);
        assertThat(transactions.committed).hasValue(1);
        LazyReadTransaction.beginIfPending();
        assertThat(transactions.begun).as("outside a query").hasSize(1);
    }

    /** A database that cannot begin the transaction is asked once per query, however many statements follow. */
    @Test
    void aTransactionThatCouldNotBeginIsNotTriedAgainByTheQuerysNextStatement() {
        transactions.refuseBegins = true;
        var interceptor = interceptor(Duration.ofSeconds(10), 4);
        var failures = new ArrayList<RuntimeException>();
        interceptor.intercept(request("{ a b }", null), request -> {
            for (int statement = 0; statement < 3; statement++) {
                try {
                    LazyReadTransaction.beginIfPending();
                } catch (RuntimeException e) {
                    failures.add(e);
                }
            }
            return answerFromMemory(request);
        }).block();
        assertThat(transactions.beginAttempts).hasValue(1);
        assertThat(failures).hasSize(3).allSatisfy(failure -> assertThat(failure).isSameAs(failures.getFirst()));
    }

    @Test
    void aMutationKeepsItsOwnTransactions() {
        var interceptor = interceptor(Duration.ofSeconds(10), 4);
        interceptor.intercept(request("query A { a } mutation B { importReports(documents: []) { ok } }", "B"),
                this::answer).block();
        assertThat(transactions.begun).isEmpty();
        interceptor.intercept(request("query A { a } mutation B { importReports(documents: []) { ok } }", "A"),
                this::answer).block();
        assertThat(transactions.begun).hasSize(1);
    }

    @Test
    void theDocumentTheEndpointReadDecidesWithoutParsingTheTextAgain() {
        var interceptor = interceptor(Duration.ofSeconds(10), 4);
        var attributes = new HashMap<String, Object>();
        ParsedDocument.attach(Parser.parse("mutation { importReports(documents: []) { ok } }"), attributes);
        // a text that would not parse here, so that only the attached document can have decided
        interceptor.intercept(request("{ subjects", null, attributes), this::answer).block();
        assertThat(transactions.begun).isEmpty();

        ParsedDocument.attach(Parser.parse("{ subjects { code } }"), attributes);
        interceptor.intercept(request("mutation {", null, attributes), this::answer).block();
        assertThat(transactions.begun).hasSize(1);
    }

    @Test
    void aRequestBeyondTheConcurrencyLimitWaitsThenIsToldTheServerIsBusy() throws Exception {
        var interceptor = interceptor(Duration.ofSeconds(10), 1);
        var inside = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var first = Thread.ofPlatform().start(() -> interceptor.intercept(request("{ a }", null), request -> {
            inside.countDown();
            await(release);
            return answer(request);
        }).block());
        assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();

        var second = interceptor.intercept(request("{ a }", null), this::answer).block();
        release.countDown();
        first.join();

        assertThat(second.getErrors()).singleElement().satisfies(error -> {
            assertThat(error.getExtensions()).containsEntry("code", "SERVER_BUSY");
            assertThat(error.getMessage()).contains("executing 1 requests already");
        });
        assertThat(interceptor.intercept(request("{ a }", null), this::answer).block().getErrors()).isEmpty();
    }

    /**
     * A statement that fails ends its transaction, whose commit then fails too: the answer keeps the statement's
     * own error instead of a deadline that did not pass. A commit that fails under a clean answer is the deadline.
     */
    @Test
    void aFailedStatementKeepsItsErrorWhenTheCommitIsRefused() {
        transactions.refuseCommits = true;
        var interceptor = interceptor(Duration.ofSeconds(10), 4);
        var failed = interceptor.intercept(request("{ a }", null), request -> answer(request,
                GraphqlErrorBuilder.newError().message("INTERNAL_ERROR for a").build())).block();
        assertThat(failed.getErrors()).singleElement()
                .satisfies(error -> assertThat(error.getMessage()).isEqualTo("INTERNAL_ERROR for a"));

        var clean = interceptor.intercept(request("{ a }", null), this::answer).block();
        assertThat(clean.getErrors()).singleElement()
                .satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "DEADLINE_EXCEEDED"));
    }

    private ReadTransactions interceptor(Duration deadline, int concurrent) {
        return new ReadTransactions(transactions, new KemuProperties(null, null, null, List.of(),
                new KemuProperties.Requests(deadline, concurrent, Duration.ofMillis(100)), null, null, null, null), new DatabaseAvailability());
    }

    /** The answer of resolvers that send a statement, as {@link StatementsBeginTheReadTransaction} would. */
    private Mono<WebGraphQlResponse> answer(WebGraphQlRequest request) {
        LazyReadTransaction.beginIfPending();
        return answerFromMemory(request);
    }

    /** The answer of resolvers that send no statement. */
    private Mono<WebGraphQlResponse> answerFromMemory(WebGraphQlRequest request) {
        var result = ExecutionResult.newExecutionResult().data(Map.of("a", 1)).build();
        return Mono.just(new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result)));
    }

    private Mono<WebGraphQlResponse> answer(WebGraphQlRequest request, GraphQLError error) {
        LazyReadTransaction.beginIfPending();
        var data = new HashMap<String, Object>();
        data.put("a", null);
        var result = ExecutionResult.newExecutionResult().data(data).addError(error).build();
        return Mono.just(new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result)));
    }

    private static WebGraphQlRequest request(String document, String operationName) {
        return request(document, operationName, Map.of());
    }

    private static WebGraphQlRequest request(String document, String operationName, Map<String, Object> attributes) {
        var body = new HashMap<String, Object>();
        body.put("query", document);
        if (operationName != null) {
            body.put("operationName", operationName);
        }
        return new WebGraphQlRequest(URI.create("http://localhost/graphql"), new HttpHeaders(),
                new LinkedMultiValueMap<>(), null, attributes, body, "1", Locale.ROOT);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Begins and commits nothing but remembers every transaction definition it was given. */
    private static final class RecordingTransactions extends AbstractPlatformTransactionManager {

        private final List<TransactionDefinition> begun = new CopyOnWriteArrayList<>();
        private final AtomicInteger committed = new AtomicInteger();
        private final AtomicInteger beginAttempts = new AtomicInteger();
        private volatile boolean refuseCommits;
        private volatile boolean refuseBegins;

        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
            beginAttempts.incrementAndGet();
            if (refuseBegins) {
                throw new CannotCreateTransactionException("the database is unreachable");
            }
            begun.add(definition);
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
            if (refuseCommits) {
                throw new TransactionSystemException("the transaction was ended by a failed statement");
            }
            committed.incrementAndGet();
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
        }
    }
}
