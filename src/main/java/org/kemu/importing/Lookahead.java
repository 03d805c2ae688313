package org.kemu.importing;

import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Makes the next item on a thread of its own while the caller works on the current one: a loader prepares its next
 * batch of reports while it writes the last. The producer's failure is rethrown by {@link #next()}.
 */
public final class Lookahead<T> implements AutoCloseable {

    private final ExecutorService thread;
    private final Supplier<Optional<T>> producer;
    private Future<Optional<T>> coming;

    /** @param producer the next item, empty when there are no more */
    public Lookahead(String threadName, Supplier<Optional<T>> producer) {
        this.thread = Executors.newSingleThreadExecutor(Thread.ofPlatform().name(threadName).factory());
        this.producer = producer;
        this.coming = thread.submit(producer::get);
    }

    /** The next item, once made, and the one after it started; empty when there are no more. */
    public Optional<T> next() {
        var item = await(coming);
        if (item.isPresent()) {
            coming = thread.submit(producer::get);
        }
        return item;
    }

    @Override
    public void close() {
        thread.close();
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while preparing the next batch", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
