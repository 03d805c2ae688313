package org.kemu.deadline;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.GraphQL;
import graphql.schema.DataFetcher;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;
import org.kemu.config.KemuProperties;

import static org.assertj.core.api.Assertions.assertThat;

/** The deadline on a plain graphql-java engine whose fields are slow: the execution stops and says why. */
class DeadlineInstrumentationTests {

    private final AtomicInteger fetched = new AtomicInteger();

    @Test
    void anExecutionPastItsDeadlineStopsAndAnswersDeadlineExceeded() {
        var engine = engine(Duration.ofMillis(150));
        var started = System.nanoTime();
        var result = engine.execute("{ items { slow } }");
        var took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(result.getErrors()).hasSize(1);
        var error = result.getErrors().getFirst();
        assertThat(error.getExtensions()).containsEntry("code", "DEADLINE_EXCEEDED");
        assertThat(error.getMessage()).contains("deadline of 150 ms");
        assertThat(fetched.get()).as("fields resolved before the cancellation").isLessThan(20);
        assertThat(took).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void anExecutionWithinItsDeadlineIsUntouched() {
        var result = engine(Duration.ofSeconds(5)).execute("{ items { slow } }");
        assertThat(result.getErrors()).isEmpty();
        assertThat(fetched.get()).isEqualTo(20);
    }

    @Test
    void aMutationPastTheDeadlineIsNotCancelledAndAnswersWhatItDid() {
        var result = engine(Duration.ofMillis(150)).execute("mutation { write }");
        assertThat(result.getErrors()).isEmpty();
        assertThat(result.<Map<String, Object>>getData()).containsEntry("write", 1);
    }

    /** Twenty items whose field takes 50 ms each: a second in all; and a write that takes 300 ms. */
    private GraphQL engine(Duration deadline) {
        var schema = new SchemaParser().parse("type Query { items: [Item] } type Item { slow: Int } type Mutation { write: Int }");
        DataFetcher<Integer> slow = env -> {
            Thread.sleep(50);
            return fetched.incrementAndGet();
        };
        var wiring = RuntimeWiring.newRuntimeWiring()
                .type("Query", type -> type.dataFetcher("items", env -> Collections.nCopies(20, Map.of())))
                .type("Item", type -> type.dataFetcher("slow", slow))
                .type("Mutation", type -> type.dataFetcher("write", env -> {
                    Thread.sleep(300);
                    return fetched.incrementAndGet();
                }))
                .build();
        var properties = new KemuProperties(null, null, null, List.of(),
                new KemuProperties.Requests(deadline, 4, Duration.ofSeconds(1)), null, null, null, null, null, null);
        return GraphQL.newGraphQL(new SchemaGenerator().makeExecutableSchema(schema, wiring))
                .instrumentation(new DeadlineInstrumentation(properties)).build();
    }
}
