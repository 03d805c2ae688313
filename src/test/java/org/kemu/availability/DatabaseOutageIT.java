package org.kemu.availability;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kemu.KemuApplication;
import org.kemu.support.LoggingSetupLock;
import org.kemu.support.OwnDatabase;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * kemu on a database of its own that goes away and comes back, as an operator's external Neo4j would: requests
 * in between are answered SERVICE_UNAVAILABLE with Retry-After, the log says so once each way, and a kemu started
 * before its database waits for it and then serves. It watches the log, which an application starting meanwhile
 * would reconfigure: it holds off their logging set-up ({@link LoggingSetupLock}) while it does.
 */
@OwnDatabase
class DatabaseOutageIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String QUERY = "{\"query\": \"{ units(search: \\\"社会保险\\\") { totalCount } }\"}";
    private static final String SCHEMA_ONLY = "{\"query\": \"{ __typename }\"}";

    @TempDir
    Path dir;

    private DatabaseManagementService database;
    private ConfigurableApplicationContext kemu;
    private LoggingSetupLock.Held logSetup;

    @AfterEach
    void stop() {
        if (kemu != null) {
            kemu.close();
        }
        if (database != null) {
            database.shutdown();
        }
        if (logSetup != null) {
            logSetup.close();
        }
    }

    /** One life of an instance: started before its database, through an outage, and back. */
    @Test
    void startedBeforeItsDatabaseItWaitsThenAnswersAnOutageServiceUnavailableAndLogsItOnceEachWay() throws Exception {
        var port = freePort();
        var starting = CompletableFuture.supplyAsync(() -> startKemu(port, "60s"));
        Thread.sleep(3000);
        assertThat(starting).as("kemu waits for its database").isNotDone();
        database = startDatabase(port);
        kemu = starting.get(90, TimeUnit.SECONDS);
        logSetup = LoggingSetupLock.hold();
        var logged = captureLog();
        assertThat(post().body()).contains("\"totalCount\":0");

        database.shutdown();
        database = null;
        for (int i = 0; i < 5; i++) {
            var refused = post();
            assertThat(refused.body()).contains("\"code\":\"SERVICE_UNAVAILABLE\"").doesNotContain("Exception");
            assertThat(refused.headers().firstValue("Retry-After")).hasValue("5");
        }
        assertThat(post(SCHEMA_ONLY).body()).as("a question about the schema needs no database")
                .isEqualTo("{\"data\":{\"__typename\":\"Query\"}}");
        database = startDatabase(port);
        assertThat(await(() -> post().body().contains("\"totalCount\":0"))).as("answers again").isTrue();

        assertThat(logged.list).filteredOn(e -> e.getLevel() == Level.WARN).singleElement()
                .satisfies(e -> assertThat(e.getFormattedMessage()).startsWith("The database is unreachable"));
        assertThat(logged.list).filteredOn(e -> e.getLevel() == Level.INFO).singleElement()
                .satisfies(e -> assertThat(e.getFormattedMessage()).startsWith("The database is reachable again")
                        .contains("5 requests"));
        assertThat(logged.list).allSatisfy(e -> assertThat(e.getThrowableProxy()).isNull());
    }

    private DatabaseManagementService startDatabase(int port) {
        return new DatabaseManagementServiceBuilder(dir.resolve("neo4j"))
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                .build();
    }

    private ConfigurableApplicationContext startKemu(int port, String startupWait) {
        return new SpringApplicationBuilder(KemuApplication.class).run(
                "--spring.neo4j.uri=bolt://127.0.0.1:" + port, "--server.port=0",
                "--kemu.neo4j.startup-wait=" + startupWait, "--logging.level.org.kemu=INFO",
                // what is tested needs the database, not its data: the seed load would only slow each start
                "--kemu.seed.enabled=false");
    }

    private HttpResponse<String> post() throws IOException, InterruptedException {
        return post(QUERY);
    }

    private HttpResponse<String> post(String body) throws IOException, InterruptedException {
        var port = kemu.getEnvironment().getRequiredProperty("local.server.port");
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The availability's log at INFO, whatever another application set up while this one started. */
    private static ListAppender<ILoggingEvent> captureLog() {
        var appender = new ListAppender<ILoggingEvent>();
        appender.start();
        var logger = (Logger) LoggerFactory.getLogger(DatabaseAvailability.class);
        logger.setLevel(Level.INFO);
        logger.addAppender(appender);
        return appender;
    }

    private static boolean await(Callable<Boolean> condition) throws Exception {
        for (int i = 0; i < 60; i++) {
            if (condition.call()) {
                return true;
            }
            Thread.sleep(500);
        }
        return false;
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }
}
