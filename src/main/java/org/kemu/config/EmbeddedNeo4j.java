package org.kemu.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.event.DatabaseEventContext;
import org.neo4j.graphdb.event.DatabaseEventListenerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Neo4j that runs inside this process. It starts on a thread of its own as soon as it is created, so that the
 * database starts while Spring builds the web and GraphQL layers; its Bolt port is chosen up front, so the driver
 * can be configured before the database is up. Whoever queries first waits with {@link #awaitStarted()}.
 */
public final class EmbeddedNeo4j {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);
    private static final String LOOPBACK = "127.0.0.1";
    private static final Duration STILL_STARTING_EVERY = Duration.ofSeconds(4);

    private final URI boltUri;
    private final CompletableFuture<DatabaseManagementService> started;
    private final long startNanos = System.nanoTime();

    /**
     * @param onPanic told the database's name when Neo4j declares it failed (a full disk, a broken file): it
     *                answers nothing until the process restarts
     */
    EmbeddedNeo4j(KemuProperties.Embedded settings, Consumer<String> onPanic) {
        var dataDir = settings.dataDir().toAbsolutePath().normalize();
        EmbeddedDirectoryNotWritableException.requireWritable(dataDir);
        var port = settings.boltPort() == 0 ? freeLoopbackPort() : settings.boltPort();
        this.boltUri = URI.create("bolt://" + LOOPBACK + ":" + port);
        log.info("Starting embedded Neo4j in {} (Bolt at {}, no authentication, loopback only)", dataDir, boltUri);
        this.started = CompletableFuture.supplyAsync(() -> start(dataDir, port, settings, onPanic),
                runnable -> Thread.ofPlatform().name("embedded-neo4j-start").start(runnable));
    }

    /** Where the driver connects; known before the database has started. */
    public URI boltUri() {
        return boltUri;
    }

    /**
     * Blocks until the database accepts queries, saying every few seconds that it still waits (a store that was not
     * shut down cleanly is recovered first, which can take a while); rethrows what made its start fail.
     */
    public DatabaseManagementService awaitStarted() {
        return await(started, STILL_STARTING_EVERY, waited -> log.info(
                "Embedded Neo4j still starting ({} s since it began)",
                Duration.ofNanos(System.nanoTime() - startNanos).toSeconds()));
    }

    /** Waits for {@code future}, telling {@code stillWaiting} how long it has waited each time {@code every} passes. */
    static <T> T await(Future<T> future, Duration every, Consumer<Duration> stillWaiting) {
        var began = System.nanoTime();
        while (true) {
            try {
                return future.get(every.toNanos(), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                stillWaiting.accept(Duration.ofNanos(System.nanoTime() - began));
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException runtime ? runtime : new CompletionException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the embedded Neo4j to start", e);
            }
        }
    }

    /** Stops the database once it has started; a database whose start failed has nothing to stop. */
    void shutdown() {
        started.thenAccept(DatabaseManagementService::shutdown).exceptionally(failure -> null).join();
    }

    private static DatabaseManagementService start(Path dataDir, int port, KemuProperties.Embedded settings,
                                                   Consumer<String> onPanic) {
        try {
            return startService(dataDir, port, settings, onPanic);
        } catch (RuntimeException e) {
            if (EmbeddedDatabaseInUseException.isStoreLocked(e)) {
                throw new EmbeddedDatabaseInUseException(dataDir, e);
            }
            throw e;
        }
    }

    private static DatabaseManagementService startService(Path dataDir, int port, KemuProperties.Embedded settings,
                                                          Consumer<String> onPanic) {
        var began = System.nanoTime();
        var service = new DatabaseManagementServiceBuilder(dataDir)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(LOOPBACK, port))
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "keep_none")
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, Duration.ZERO)
                // an offline API server: no usage reports to Neo4j, no diagnostics dump slowing every start
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                .setConfig(GraphDatabaseInternalSettings.dump_diagnostics, false)
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, settings.preallocateTransactionLogs())
                .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, settings.transactionLogSize().toBytes())
                .build();
        service.registerDatabaseEventListener(new DatabaseEventListenerAdapter() {
            @Override
            public void databasePanic(DatabaseEventContext event) {
                onPanic.accept(event.getDatabaseName());
            }
        });
        // the first query loads and compiles the Cypher engine; doing it here overlaps that with the rest of start-up
        service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME)
                .executeTransactionally("SHOW INDEXES YIELD name RETURN count(name)");
        log.info("Embedded Neo4j ready in {} ms", Duration.ofNanos(System.nanoTime() - began).toMillis());
        return service;
    }

    /** A port free now on loopback; Neo4j binds it a moment later. */
    private static int freeLoopbackPort() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on " + LOOPBACK + " for the embedded Neo4j", e);
        }
    }
}
