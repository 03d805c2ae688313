package org.kemu.deadline;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.neo4j.driver.Bookmark;
import org.neo4j.driver.Query;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Value;

/**
 * A read-only session opened for a query's statements, each run as a transaction of its own with the query's
 * remaining time as Neo4j's timeout: in the database of this process when it is embedded
 * ({@link InProcessStatements}), otherwise as one auto-commit transaction over Bolt, one round trip where an explicit
 * transaction around it costs three (BEGIN, the statement, COMMIT). A transaction begun in it explicitly (no query
 * does so today) goes through the driver, read-only, and ends by the deadline too.
 */
final class BoundedReadSession implements Session {

    private final Session session;
    private final QueryReads reads;
    private final InProcessStatements inProcess;
    private final Optional<String> database;

    /**
     * @param inProcess the database of this process, or null when it is an external one
     * @param database  the database the session was opened for; empty for the default one
     */
    BoundedReadSession(Session session, QueryReads reads, InProcessStatements inProcess, Optional<String> database) {
        this.session = session;
        this.reads = reads;
        this.inProcess = inProcess;
        this.database = database;
    }

    @Override
    public Result run(Query query, TransactionConfig config) {
        reads.requireReachable();
        try {
            var bounded = reads.bound(config);
            return inProcess == null ? session.run(query, bounded) : inProcess.run(query, bounded, database);
        } catch (RuntimeException e) {
            reads.failed(e);
            throw e;
        }
    }

    @Override
    public Result run(String query, Map<String, Object> parameters, TransactionConfig config) {
        return run(new Query(query, parameters), config);
    }

    @Override
    public Result run(String query, TransactionConfig config) {
        return run(new Query(query), config);
    }

    @Override
    public Result run(Query query) {
        return run(query, TransactionConfig.empty());
    }

    @Override
    public Result run(String query, Value parameters) {
        return run(new Query(query, parameters), TransactionConfig.empty());
    }

    @Override
    public Result run(String query, Map<String, Object> parameters) {
        return run(new Query(query, parameters), TransactionConfig.empty());
    }

    @Override
    public Result run(String query, Record parameters) {
        return run(new Query(query, parameters.asMap()), TransactionConfig.empty());
    }

    @Override
    public Result run(String query) {
        return run(new Query(query), TransactionConfig.empty());
    }

    @Override
    public Transaction beginTransaction() {
        return beginTransaction(TransactionConfig.empty());
    }

    @Override
    public Transaction beginTransaction(TransactionConfig config) {
        return session.beginTransaction(reads.bound(config));
    }

    @Override
    public <T> T executeRead(TransactionCallback<T> callback, TransactionConfig config) {
        return session.executeRead(callback, reads.bound(config));
    }

    /** Refused: a write transaction would override the session's read mode, and a query does not write. */
    @Override
    public <T> T executeWrite(TransactionCallback<T> callback, TransactionConfig config) {
        throw new UnsupportedOperationException("a GraphQL query does not write; writes belong to mutations");
    }

    @Override
    public Set<Bookmark> lastBookmarks() {
        return session.lastBookmarks();
    }

    @Override
    public boolean isOpen() {
        return session.isOpen();
    }

    @Override
    public void close() {
        session.close();
    }
}
