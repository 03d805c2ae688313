package org.kemu.deadline;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.neo4j.driver.QueryRunner;
import org.springframework.data.neo4j.core.DatabaseSelection;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.data.neo4j.core.UserSelection;

/** The application's {@link Neo4jClient}, which begins the pending read transaction of a query before a statement. */
final class StatementsBeginTheReadTransaction implements Neo4jClient {

    private final Neo4jClient client;

    StatementsBeginTheReadTransaction(Neo4jClient client) {
        this.client = client;
    }

    @Override
    public QueryRunner getQueryRunner(DatabaseSelection database, UserSelection user) {
        LazyReadTransaction.beginIfPending();
        return client.getQueryRunner(database, user);
    }

    @Override
    public UnboundRunnableSpec query(String cypher) {
        LazyReadTransaction.beginIfPending();
        return client.query(cypher);
    }

    @Override
    public UnboundRunnableSpec query(Supplier<String> cypher) {
        LazyReadTransaction.beginIfPending();
        return client.query(cypher);
    }

    @Override
    public <T> OngoingDelegation<T> delegateTo(Function<QueryRunner, Optional<T>> callback) {
        LazyReadTransaction.beginIfPending();
        return client.delegateTo(callback);
    }

    @Override
    public DatabaseSelectionProvider getDatabaseSelectionProvider() {
        return client.getDatabaseSelectionProvider();
    }
}
