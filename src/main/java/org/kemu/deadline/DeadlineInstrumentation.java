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
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import org.kemu.config.KemuProperties;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Cancels a GraphQL execution when its deadline passes: graphql-java then stops resolving fields and the answer
 * carries one {@code DEADLINE_EXCEEDED} error instead of whatever cancellation error the engine raised.
 */
@Component
final class DeadlineInstrumentation implements Instrumentation, DisposableBean {

    private final Duration deadline;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            runnable -> Thread.ofPlatform().daemon().name("graphql-deadlines").unstarted(runnable));

    DeadlineInstrumentation(KemuProperties properties) {
        this.deadline = properties.requests().timeout();
    }

    /** The cancellation scheduled for one execution. */
    private static final class Timer implements InstrumentationState {
        private volatile ScheduledFuture<?> cancellation;
        private volatile boolean fired;
    }

    @Override
    public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
        return new Timer();
    }

    @Override
    public ExecutionInput instrumentExecutionInput(ExecutionInput input, InstrumentationExecutionParameters parameters,
                                                   InstrumentationState state) {
        var timer = (Timer) state;
        timer.cancellation = this.timer.schedule(() -> {
            timer.fired = true;
            input.cancel();
        }, deadline.toMillis(), TimeUnit.MILLISECONDS);
        return input;
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
                                                                       InstrumentationExecutionParameters parameters,
                                                                       InstrumentationState state) {
        var timer = (Timer) state;
        if (timer.cancellation != null) {
            timer.cancellation.cancel(false);
        }
        if (!timer.fired) {
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
