package org.kemu.web;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;

import graphql.ExecutionInput;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.persisted.PersistedQuerySupport;
import graphql.language.AstPrinter;
import graphql.parser.Parser;
import org.junit.jupiter.api.Test;
import org.kemu.config.KemuProperties;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/** Which documents run by hash, in the open mode and the trusted-documents mode, and how many are remembered. */
class PersistedDocumentsTests {

    private static final RegisteredDocuments EXAMPLES = RegisteredDocuments.load(new DefaultResourceLoader(), List.of());
    private static final KemuProperties.PersistedQueries ROOMY = new KemuProperties.PersistedQueries(100, DataSize.ofMegabytes(1));

    @Test
    void inTrustedModeOnlyRegisteredDocumentsRunByTextOrByHash() {
        var documents = new PersistedDocuments(EXAMPLES, true, ROOMY);
        var example = EXAMPLES.byHash().values().iterator().next();
        assertThat(run(documents, example, null).hasErrors()).isFalse();
        assertThat(run(documents, null, PersistedQuery.sha256(example)).hasErrors()).isFalse();
        assertThat(code(run(documents, "{ subject(code: \"208\") { code } }", null))).isEqualTo("PERSISTED_QUERY_NOT_IN_LIST");
        var text = "{ regions { code } }";
        assertThat(code(run(documents, text, PersistedQuery.sha256(text)))).isEqualTo("PERSISTED_QUERY_NOT_IN_LIST");
    }

    @Test
    void inOpenModeClientsRegisterDocumentsByHashAndText() {
        var documents = new PersistedDocuments(EXAMPLES, false, ROOMY);
        var text = "{ regions { code } }";
        var hash = PersistedQuery.sha256(text);
        assertThat(code(run(documents, null, hash))).isEqualTo("PERSISTED_QUERY_NOT_FOUND");
        assertThat(run(documents, text, hash).hasErrors()).isFalse();
        assertThat(run(documents, null, hash).getDocument()).isNotNull();
        assertThat(run(documents, "{ units { totalCount } }", null).hasErrors()).as("plain requests").isFalse();
    }

    @Test
    void aDocumentSentAsTextIsParsedAndValidatedOnceAndAFailedOneEachTime() {
        var documents = new PersistedDocuments(EXAMPLES, false, ROOMY);
        var parses = new AtomicInteger();
        Function<ExecutionInput, PreparsedDocumentEntry> parse = in -> {
            parses.incrementAndGet();
            return in.getQuery().contains("nope") ? new PreparsedDocumentEntry(GraphqlErrorBuilder.newError()
                    .message("unknown field").build()) : new PreparsedDocumentEntry(Parser.parse(in.getQuery()));
        };
        for (int i = 0; i < 3; i++) {
            documents.getDocumentAsync(ExecutionInput.newExecutionInput("{ units { totalCount } }").build(), parse).join();
        }
        assertThat(parses).hasValue(1);
        for (int i = 0; i < 2; i++) {
            documents.getDocumentAsync(ExecutionInput.newExecutionInput("{ nope }").build(), parse).join();
        }
        assertThat(parses).hasValue(3);
    }

    @Test
    void aDocumentAlreadyValidatedIsPeekedAtFromTheCacheAndANewOneIsParsed() {
        var documents = new PersistedDocuments(EXAMPLES, false, ROOMY);
        var text = "{ units { totalCount } }";
        var unseen = documents.peek(text, Map.of()).orElseThrow();
        var validated = run(documents, text, null).getDocument();
        assertThat(unseen).isNotSameAs(validated);
        assertThat(AstPrinter.printAstCompact(unseen)).isEqualTo(AstPrinter.printAstCompact(validated));

        assertThat(documents.peek(text, Map.of())).containsSame(validated);
        assertThat(documents.peek(PersistedQuerySupport.PERSISTED_QUERY_MARKER,
                Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", PersistedQuery.sha256(text)))))
                .containsSame(validated);
        assertThat(documents.peek("{ units { totalCount }", Map.of())).as("a text that does not parse").isEmpty();
    }

    @Test
    void theCacheKeepsNoMoreThanItsEntriesAndBytes() {
        var byCount = new PersistedDocuments(EXAMPLES, false, new KemuProperties.PersistedQueries(5, DataSize.ofMegabytes(1)));
        assertThat(registerAndCountKnown(byCount, 50, 0)).isLessThanOrEqualTo(5);
        var bySize = new PersistedDocuments(EXAMPLES, false, new KemuProperties.PersistedQueries(1000, DataSize.ofKilobytes(4)));
        assertThat(registerAndCountKnown(bySize, 50, 1000)).isLessThanOrEqualTo(4);
    }

    private static long registerAndCountKnown(PersistedDocuments documents, int count, int padding) {
        var texts = IntStream.range(0, count)
                .mapToObj(i -> "# " + "x".repeat(padding) + "\n{ subject(code: \"" + i + "\") { code } }").toList();
        texts.forEach(text -> run(documents, text, PersistedQuery.sha256(text)));
        return texts.stream().filter(text -> !run(documents, null, PersistedQuery.sha256(text)).hasErrors()).count();
    }

    private static PreparsedDocumentEntry run(PersistedDocuments documents, String text, String hash) {
        var input = ExecutionInput.newExecutionInput(text == null ? PersistedQuerySupport.PERSISTED_QUERY_MARKER : text);
        if (hash != null) {
            input.extensions(Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash)));
        }
        return documents.getDocumentAsync(input.build(), in -> new PreparsedDocumentEntry(Parser.parse(in.getQuery()))).join();
    }

    private static Object code(PreparsedDocumentEntry entry) {
        assertThat(entry.hasErrors()).isTrue();
        GraphQLError error = entry.getErrors().getFirst();
        return error.getExtensions().get("code");
    }
}
