package org.kemu.deadline;

import java.util.function.Supplier;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The read transaction of the GraphQL query running on this thread, begun by the first statement the query sends
 * ({@link StatementsBeginTheReadTransaction}). A query answered from memory — the classification, the regions —
 * then costs no BEGIN and COMMIT, two round trips to Neo4j for nothing. Resolvers run on the request's thread
 * (see the GraphQL configuration), so the thread is where the query's statements find it.
 */
final class LazyReadTransaction {

    private static final ThreadLocal<LazyReadTransaction> ON_THIS_THREAD = new ThreadLocal<>();

    private final PlatformTransactionManager transactions;
    private final TransactionDefinition definition;
    private TransactionStatus status;
    private RuntimeException failedToBegin;

    private LazyReadTransaction(PlatformTransactionManager transactions, TransactionDefinition definition) {
        this.transactions = transactions;
        this.definition = definition;
    }

    /**
     * Runs the work with a transaction of this definition ready to begin; commits it afterwards if a statement began
     * it, or rolls it back if the work failed. A failed commit is thrown, as from a {@code TransactionTemplate}.
     */
    static <T> T run(PlatformTransactionManager transactions, TransactionDefinition definition, Supplier<T> work) {
        var pending = new LazyReadTransaction(transactions, definition);
        ON_THIS_THREAD.set(pending);
        T result;
        try {
            result = work.get();
        } catch (RuntimeException | Error e) {
            ON_THIS_THREAD.remove();
            pending.rollBackAfter(e);
            throw e;
        }
        ON_THIS_THREAD.remove();
        if (pending.status != null) {
            transactions.commit(pending.status);
        }
        return result;
    }

    /**
     * Begins the pending transaction of this thread's query, if there is one that has not begun. A transaction
     * already under way on the thread (a resolver's own) is left to serve the statement. If beginning failed, every
     * later statement of the query fails with that failure without trying again.
     */
    static void beginIfPending() {
        var pending = ON_THIS_THREAD.get();
        if (pending == null || pending.status != null || TransactionSynchronizationManager.isActualTransactionActive()) {
            return;
        }
        if (pending.failedToBegin != null) {
            throw pending.failedToBegin;
        }
        try {
            pending.status = pending.transactions.getTransaction(pending.definition);
        } catch (RuntimeException e) {
            // the query's other statements fail the same way at once, instead of each waiting on the database again
            pending.failedToBegin = e;
            throw e;
        }
    }

    private void rollBackAfter(Throwable failure) {
        if (status == null) {
            return;
        }
        try {
            transactions.rollback(status);
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }
}
