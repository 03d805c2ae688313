package org.kemu.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.springframework.util.FileSystemUtils;

/**
 * What one read statement costs, sent the ways a server can send it: over Bolt in an explicit transaction (BEGIN, the
 * statement, COMMIT: how kemu sent a query's statements until stop 30), through the driver's {@code executableQuery}
 * (how the harness's raw Cypher target sends them), as an auto-commit transaction (how kemu sends them to an external
 * database), and in process, without Bolt (how kemu runs them on its embedded database since stop 33). One embedded
 * Neo4j in this JVM, as kemu's; the ways take turns in rounds so that the machine's drift weighs on all.
 *
 * <pre>mvn -q -Pbench test -Dbench.main=org.kemu.benchmark.StatementRoundTrips -Dbench.args="[--rounds 8]
 *     [--requests 3000] [--out FILE]"</pre>
 */
public final class StatementRoundTrips {

    private static final String STATEMENT = """
            MATCH (l:RoundTripLine {report: $report}) RETURN l.code AS code, l.fen AS fen ORDER BY code""";
    private static final int REPORTS = 200;
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private enum Way {
        EXPLICIT("explicit transaction: BEGIN, the statement, COMMIT"),
        EXECUTABLE_QUERY("the driver's executableQuery (raw Cypher in the harness)"),
        AUTO_COMMIT("auto-commit transaction, read-only, with a timeout"),
        IN_PROCESS("in process: a transaction of the embedded database with a timeout, its rows read whole");

        final String description;

        Way(String description) {
            this.description = description;
        }
    }

    private StatementRoundTrips() {
    }

    public static void main(String[] args) throws IOException {
        int rounds = 8;
        int requests = 3000;
        Path out = Path.of("round-trips.md");
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
                case "--requests" -> requests = Integer.parseInt(args[i + 1]);
                case "--out" -> out = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; expected --rounds, --requests, --out");
            }
        }
        if (rounds < 3 || requests < 1) {
            throw new IllegalArgumentException("--rounds must be 3 or more (two warm up) and --requests 1 or more");
        }
        var directory = Files.createTempDirectory("kemu-round-trips");
        var port = 17000 + (int) (ProcessHandle.current().pid() % 1000);
        var database = new DatabaseManagementServiceBuilder(directory)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .build();
        try (var driver = GraphDatabase.driver("bolt://127.0.0.1:" + port, AuthTokens.none())) {
            var graph = database.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            graph.executeTransactionally("""
                    UNWIND range(0, $lines - 1) AS i
                    CREATE (:RoundTripLine {report: i % $reports, code: toString(2080100 + i % 60), fen: i * 100})""",
                    Map.of("lines", REPORTS * 60, "reports", REPORTS));
            graph.executeTransactionally("CREATE INDEX round_trip_report FOR (l:RoundTripLine) ON (l.report)");
            graph.executeTransactionally("CALL db.awaitIndexes()");
            var p50s = new LinkedHashMap<Way, List<Double>>();
            for (int round = 0; round < rounds; round++) {
                for (var way : Way.values()) {
                    var p50 = p50Millis(driver, graph, way, requests);
                    System.out.printf(Locale.ROOT, "round %d  %-16s p50 %.3f ms%n", round + 1, way, p50);
                    // the first two rounds warm the JIT and the query cache
                    if (round >= 2) {
                        p50s.computeIfAbsent(way, w -> new ArrayList<>()).add(p50);
                    }
                }
            }
            Files.writeString(out, report(p50s, rounds, requests));
            System.out.println("wrote " + out);
        } finally {
            database.shutdown();
            FileSystemUtils.deleteRecursively(directory);
        }
    }

    private static double p50Millis(Driver driver, GraphDatabaseService graph, Way way, int requests) {
        var readOnly = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();
        var timeout = TransactionConfig.builder().withTimeout(TIMEOUT).build();
        var nanos = new long[requests];
        for (int i = 0; i < requests; i++) {
            var parameters = Map.<String, Object>of("report", i % REPORTS);
            var started = System.nanoTime();
            switch (way) {
                case EXPLICIT -> {
                    try (var session = driver.session(readOnly); var tx = session.beginTransaction(timeout)) {
                        tx.run(STATEMENT, parameters).list();
                        tx.commit();
                    }
                }
                case EXECUTABLE_QUERY -> driver.executableQuery(STATEMENT).withParameters(parameters)
                        .withConfig(QueryConfig.builder().withRouting(RoutingControl.READ).build()).execute();
                case AUTO_COMMIT -> {
                    try (var session = driver.session(readOnly)) {
                        session.run(STATEMENT, parameters, timeout).list();
                    }
                }
                case IN_PROCESS -> {
                    try (var tx = graph.beginTx(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                        var result = tx.execute(STATEMENT, parameters);
                        var rows = new ArrayList<Map<String, Object>>();
                        while (result.hasNext()) {
                            rows.add(result.next());
                        }
                        tx.commit();
                    }
                }
            }
            nanos[i] = System.nanoTime() - started;
        }
        Arrays.sort(nanos);
        return nanos[requests / 2] / 1e6;
    }

    private static String report(Map<Way, List<Double>> p50s, int rounds, int requests) {
        var text = new StringBuilder("""
                # One read statement, four ways

                """);
        text.append(String.format(Locale.ROOT, "%d rounds of %,d statements per way, the ways taking turns; the first two "
                + "rounds are warm-up. The statement reads the 60 rows of one of %d reports by an index, from an "
                + "embedded Neo4j in the same JVM. %d cores, Java %s.%n%n", rounds, requests, REPORTS,
                Runtime.getRuntime().availableProcessors(), Runtime.version()));
        text.append("| way | p50 per round, ms | median of the rounds, ms |\n|---|---|---:|\n");
        for (var entry : p50s.entrySet()) {
            var values = entry.getValue();
            var sorted = values.stream().sorted().toList();
            text.append("| ").append(entry.getKey().description).append(" | ")
                    .append(String.join(" / ", values.stream().map(v -> String.format(Locale.ROOT, "%.2f", v)).toList()))
                    .append(String.format(Locale.ROOT, " | %.2f |%n", sorted.get(sorted.size() / 2)));
        }
        return text.toString();
    }
}
