package org.kemu.deadline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.language.OperationDefinition;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import org.kemu.config.KemuProperties;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Cancels a GraphQL execution when its deadline passes: graphql-java then stops resolving fields and the answer
 * carries one {@code DEADLINE_EXCEEDED} error instead of whatever cancellation error the engine raised. A mutation
 * that has begun is not cancelled: its resolver cannot be stopped half-way, so a cancelled answer would tell the
 * caller that a write failed which went on to commit.
 */
@Component
final class DeadlineInstrumentation implements Instrumentation, DisposableBean {

    private final Duration deadline;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            runnable -> Thread.ofPlatform().daemon().name("graphql-deadlines").unstarted(runnable));

    DeadlineInstrumentation(KemuProperties properties) {
        this.deadline = properties.requests().timeout();
    }

    /** The cancellation scheduled for one execution; whether it fired or the execution was exempted is decided once. */
    private static final class Timer implements InstrumentationState {
        private volatile ScheduledFuture<?> cancellation;
        private boolean fired;
        private boolean exempt;

        synchronized void fire(ExecutionInput input) {
            if (!exempt) {
                fired = true;
                input.cancel();
            }
        }

        /** Exempts the execution unless the deadline has already cancelled it (then nothing of it has run). */
        synchronized void exempt() {
            exempt = true;
            if (cancellation != null) {
                cancellation.cancel(false);
            }
        }

        synchronized boolean fired() {
            return fired;
        }
    }

    @Override
    public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
        return new Timer();
    }

    @Override
    public ExecutionInput instrumentExecutionInput(ExecutionInput input, InstrumentationExecutionParameters parameters,
                                                   InstrumentationState state) {
        var timer = (Timer) state;
        timer.cancellation = this.timer.schedule(() -> timer.fire(input), deadline.toMillis(), TimeUnit.MILLISECONDS);
        return input;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
                                                                         InstrumentationState state) {
        if (parameters.getExecutionContext().getOperationDefinition().getOperation() == OperationDefinition.Operation.MUTATION) {
            ((Timer) state).exempt();
        }
        return SimpleInstrumentationContext.noOp();
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
                                                                       InstrumentationExecutionParameters parameters,
                                                                       InstrumentationState state) {
        var timer = (Timer) state;
        if (timer.cancellation != null) {
            timer.cancellation.cancel(false);
        }
        if (!timer.fired()) {
            return CompletableFuture.completedFuture(result);
        }
        var errors = new ArrayList<>(result.getErrors().stream()
                .filter(error -> !isCancellation(error.getMessage())).toList());
        errors.addFirst(RequestErrors.deadlineExceeded(deadline));
        return CompletableFuture.completedFuture(ExecutionResultImpl.newExecutionResult().data(result.getData())
                .errors(errors).extensions(result.getExtensions()).build());
    }

    private static boolean isCancellation(String message) {
        return message != null && message.toLowerCase(Locale.ROOT).contains("cancel");
    }

    @Override
    public void destroy() {
        timer.shutdownNow();
    }
}
