package org.kemu.deadline;

import java.util.ArrayList;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.kemu.config.EmbeddedNeo4j;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.driver.Query;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Value;
import org.neo4j.driver.internal.InternalRecord;
import org.neo4j.internal.kernel.api.connectioninfo.ClientConnectionInfo;
import org.neo4j.internal.kernel.api.security.SecurityContext;
import org.neo4j.internal.kernel.api.security.StaticAccessMode;
import org.neo4j.kernel.api.KernelTransaction;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Runs a query's statements in the Neo4j of this process, on the request's own thread, instead of over Bolt on
 * loopback: no socket, no driver I/O thread, no Bolt worker, so a small indexed read costs about 0.04 ms where the
 * round trip cost 0.6 (BENCHMARKS.md, "A query's statements in the embedded database's process"). Each statement is its own transaction, as over Bolt: read-only (the kernel
 * refuses any write in its read access mode), with the bounded timeout, its records read whole before it commits.
 * Failures come out as the driver's exceptions, so that callers see one kind whichever way a statement ran.
 */
final class InProcessStatements {

    private final EmbeddedNeo4j embedded;
    private final Map<String, Database> databases = new ConcurrentHashMap<>();

    private record Database(GraphDatabaseAPI api, SecurityContext readOnly) {
    }

    InProcessStatements(EmbeddedNeo4j embedded) {
        this.embedded = embedded;
    }

    Result run(Query query, TransactionConfig bounded, Optional<String> databaseName) {
        var started = System.nanoTime();
        var name = databaseName.orElse(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        try {
            var database = databases.computeIfAbsent(name, this::open);
            try (var tx = database.api().beginTransaction(KernelTransaction.Type.EXPLICIT, database.readOnly(),
                    ClientConnectionInfo.EMBEDDED_CONNECTION, bounded.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
                if (!bounded.metadata().isEmpty()) {
                    tx.setMetaData(EmbeddedValues.asJava(bounded.metadata()));
                }
                var rows = tx.execute(query.text(), query.parameters().asMap());
                var keys = rows.columns();
                var records = new ArrayList<Record>();
                while (rows.hasNext()) {
                    var row = rows.next();
                    var values = new ArrayList<Value>(keys.size());
                    for (var key : keys) {
                        values.add(EmbeddedValues.asDriverValue(row.get(key)));
                    }
                    records.add(new InternalRecord(keys, values));
                }
                tx.commit();
                return new MaterializedResult(query, keys, records, name, System.nanoTime() - started);
            }
        } catch (RuntimeException e) {
            throw EmbeddedFailures.asDriverException(e);
        }
    }

    private Database open(String name) {
        var api = (GraphDatabaseAPI) embedded.awaitStarted().database(name);
        return new Database(api,
                SecurityContext.authDisabled(StaticAccessMode.READ, ClientConnectionInfo.EMBEDDED_CONNECTION, name));
    }
}
