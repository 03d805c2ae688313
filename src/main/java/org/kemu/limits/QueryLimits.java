package org.kemu.limits;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.execution.AbortExecutionException;
import graphql.execution.DataFetcherResult;
import graphql.execution.ResultPath;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.language.Document;
import graphql.schema.DataFetcher;
import org.kemu.config.KemuProperties;
import org.springframework.stereotype.Component;

/**
 * Enforces the query limits inside the GraphQL engine: the document's size before it is parsed, depth, fields,
 * aliases and cost after validation and before the first resolver runs (so a refused query never reaches the
 * database), and the list caps while the answer is built, reported under {@code extensions.truncated}.
 */
@Component
final class QueryLimits implements Instrumentation {

    /** Where the measured cost of the request is left for {@link BudgetHeaders}. */
    static final String COST = "kemu.limits.cost";

    /** Truncations listed in one answer; more than this many are only counted. */
    private static final int LISTED_TRUNCATIONS = 20;

    private final KemuProperties.Limits limits;

    QueryLimits(KemuProperties properties) {
        this.limits = properties.limits();
    }

    /** A list cut at its cap, as {@code extensions.truncated} names it. */
    record Truncation(List<Object> path, int cap) {
    }

    /** Cut lists of one request. */
    private static final class Truncations implements InstrumentationState {
        private final ConcurrentLinkedQueue<Truncation> listed = new ConcurrentLinkedQueue<>();
        private final AtomicInteger count = new AtomicInteger();

        void add(ResultPath path, int cap) {
            if (count.incrementAndGet() <= LISTED_TRUNCATIONS) {
                listed.add(new Truncation(path.toList(), cap));
            }
        }
    }

    @Override
    public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
        return new Truncations();
    }

    @Override
    public InstrumentationContext<Document> beginParse(InstrumentationExecutionParameters parameters,
                                                       InstrumentationState state) {
        var query = parameters.getQuery();
        // a UTF-8 character takes at most 3 bytes per char: most documents need no encoding to be cleared
        if ((long) query.length() * 3 > limits.maxDocumentBytes()) {
            var bytes = query.getBytes(StandardCharsets.UTF_8).length;
            if (bytes > limits.maxDocumentBytes()) {
                throw new AbortExecutionException(List.of(Refusal.DOCUMENT_TOO_LARGE.error(bytes, limits.maxDocumentBytes(), "")));
            }
        }
        return SimpleInstrumentationContext.noOp();
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        var execution = parameters.getExecutionContext();
        var cost = QueryCost.of(execution.getGraphQLSchema(), execution.getOperationDefinition(),
                execution.getFragmentsByName(), execution.getCoercedVariables().toMap(), limits.maxFields());
        var errors = new ArrayList<GraphQLError>();
        if (cost.fields() > limits.maxFields()) {
            errors.add(Refusal.TOO_MANY_FIELDS.error(limits.maxFields(), limits.maxFields(), ""));
        } else {
            if (cost.aliases() > limits.maxAliases()) {
                errors.add(Refusal.TOO_MANY_ALIASES.error(cost.aliases(), limits.maxAliases(), ""));
            }
            if (cost.depth() > limits.maxDepth()) {
                errors.add(Refusal.QUERY_TOO_DEEP.error(cost.depth(), limits.maxDepth(), cost.deepestPath()));
            }
            if (cost.cost() > limits.maxCost()) {
                errors.add(Refusal.QUERY_TOO_COMPLEX.error(cost.cost(), limits.maxCost(), cost.costliestPath()));
            }
        }
        // a refused query did no work beyond being read: it is charged like the smallest query
        var charged = errors.isEmpty() ? Math.max(1, cost.cost()) : 1;
        execution.getGraphQLContext().put(COST, charged);
        if (execution.getGraphQLContext().get(BudgetHeaders.BUDGET) instanceof TokenBucket budget) {
            budget.spend(charged);
        }
        if (!errors.isEmpty()) {
            throw new AbortExecutionException(errors);
        }
        return SimpleInstrumentationContext.noOp();
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher, InstrumentationFieldFetchParameters parameters,
                                                InstrumentationState state) {
        var step = parameters.getExecutionStepInfo();
        var cap = CostTable.cap(step.getObjectType().getName(), step.getFieldDefinition().getName());
        if (cap.isEmpty()) {
            return dataFetcher;
        }
        var truncations = (Truncations) state;
        return environment -> capped(dataFetcher.get(environment), cap.getAsInt(),
                environment.getExecutionStepInfo().getPath(), truncations);
    }

    private static Object capped(Object fetched, int cap, ResultPath path, Truncations truncations) {
        return switch (fetched) {
            case List<?> list when list.size() > cap -> {
                truncations.add(path, cap);
                yield List.copyOf(list.subList(0, cap));
            }
            case CompletionStage<?> later -> later.thenApply(value -> capped(value, cap, path, truncations));
            case DataFetcherResult<?> result -> DataFetcherResult.newResult()
                    .data(capped(result.getData(), cap, path, truncations)).errors(result.getErrors())
                    .localContext(result.getLocalContext()).extensions(result.getExtensions()).build();
            case null, default -> fetched;
        };
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        var truncations = (Truncations) state;
        if (truncations == null || truncations.count.get() == 0) {
            return CompletableFuture.completedFuture(result);
        }
        var truncated = new ArrayList<Object>(truncations.listed);
        if (truncations.count.get() > LISTED_TRUNCATIONS) {
            truncated.add(Map.of("more", truncations.count.get() - LISTED_TRUNCATIONS));
        }
        return CompletableFuture.completedFuture(result.transform(b -> b.addExtension("truncated", truncated)));
    }
}
