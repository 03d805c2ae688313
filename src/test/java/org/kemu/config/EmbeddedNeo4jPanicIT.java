package org.kemu.config;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kemu.support.OwnDatabase;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.monitoring.DatabaseHealth;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When Neo4j declares the embedded database failed (its panic, as a full disk causes), kemu is told which
 * database, so that liveness can turn DOWN; the panic is raised through Neo4j's own health monitor.
 */
@OwnDatabase
class EmbeddedNeo4jPanicIT {

    @TempDir
    Path dir;

    @Test
    void aPanicOfTheDatabaseIsReported() throws Exception {
        var panicked = new CompletableFuture<String>();
        var neo4j = new EmbeddedNeo4j(new KemuProperties.Embedded(dir.resolve("neo4j"), 0, true,
                DataSize.ofMegabytes(16)), panicked::complete);
        try {
            var database = (GraphDatabaseAPI) neo4j.awaitStarted().database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            assertThat(panicked).isNotDone();

            database.getDependencyResolver().resolveDependency(DatabaseHealth.class)
                    .panic(new IOException("No space left on device"));

            assertThat(panicked.get(10, TimeUnit.SECONDS)).isEqualTo(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        } finally {
            neo4j.shutdown();
        }
    }
}
