package org.kemu.benchmark;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

import org.kemu.synthetic.DatasetSize;
import org.kemu.synthetic.SyntheticDataset;
import org.kemu.synthetic.SyntheticLoader;
import org.neo4j.driver.Driver;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The benchmark harness: loads a synthetic dataset through the importer (measuring lines per second), checks
 * that every target answers every shape correctly, times each shape on each target at each concurrency, measures
 * the database's own write speed for comparison with the import, and writes the figures as Markdown.
 */
public final class Benchmark {

    /** The client concurrencies every shape is timed at. */
    public static final List<Integer> CONCURRENCIES = List.of(1, 8, 32);
    /** Reports whose lines the write floor copies: about 100,000 lines at M, the whole dataset at S. */
    private static final int FLOOR_REPORTS = 2_000;
    /** Turns each target takes per cell, so that all of them are measured across the same stretch of time. */
    private static final int ROUNDS = 5;

    /** What to run. */
    public record Settings(DatasetSize size, long seed, Path out, double secondsPerCell, Path peerDirectory,
                           List<Integer> concurrencies) {
    }

    /** A shape's timings on one target, one entry per concurrency. */
    record Timings(Shape shape, String target, List<LatencyStats> stats, String note) {
    }

    /** How each target's answer compared with the expected one. */
    record Verification(Shape shape, String target, boolean correct, String detail) {
    }

    private final ConfigurableApplicationContext context;
    private final Settings settings;
    private final PrintStream log;

    public Benchmark(ConfigurableApplicationContext context, Settings settings, PrintStream log) {
        this.context = context;
        this.settings = settings;
        this.log = log;
    }

    /** Runs everything and writes the report; false when any of kemu's answers was wrong. */
    public boolean run() throws Exception {
        var loader = context.getBean(SyntheticLoader.class);
        log.println("loading synthetic dataset " + settings.size() + " (seed " + settings.seed() + ") through the importer …");
        var load = loader.load(settings.size(), settings.seed());
        log.printf("loaded %,d reports, %,d lines in %.1f s = %,.0f lines/s%n", load.reports(), load.lines(),
                load.seconds(), load.linesPerSecond());
        var heap = liveHeapBytes();
        var driver = context.getBean(Driver.class);
        var dataset = loader.dataset(settings.size(), settings.seed());
        var parameters = ParameterChoice.choose(driver, dataset);
        log.println("parameters: " + parameters);
        var expectations = Expectations.of(dataset, parameters);
        var shapes = Shape.all(parameters);

        var port = ((WebServerApplicationContext) context).getWebServer().getPort();
        var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newVirtualThreadPerTaskExecutor())
                .connectTimeout(Duration.ofSeconds(10)).build();
        var targets = new ArrayList<Target>();
        targets.add(new KemuTarget(http, URI.create("http://127.0.0.1:" + port + "/graphql")));
        targets.add(new CypherTarget(driver));
        PeerServer peer = null;
        String peerNote = null;
        if (settings.peerDirectory() != null) {
            try {
                var bolt = context.getBean(Neo4jConnectionDetails.class).getUri();
                peer = PeerServer.start(settings.peerDirectory(), bolt, parameters, http, log);
                targets.add(peer);
            } catch (Exception e) {
                peerNote = "the Neo4j GraphQL Library peer could not run: " + e.getMessage();
                log.println(peerNote);
            }
        } else {
            peerNote = "the Neo4j GraphQL Library peer was not run (--peer none)";
        }
        try {
            var verifications = verify(shapes, targets, expectations);
            warmUp(shapes, targets);
            var timings = new ArrayList<Timings>();
            for (var shape : shapes) {
                timings.addAll(time(shape, targets.stream().filter(t -> t.supports(shape)).toList()));
            }
            log.println("measuring the database's write floor on copies of " + FLOOR_REPORTS + " reports …");
            var floor = new WriteFloor(driver, loader.batchReports()).measure(dataset, FLOOR_REPORTS);
            log.printf("write floor: %,d lines in %.1f s = %,.0f lines/s%n", floor.lines(), floor.seconds(),
                    floor.linesPerSecond());
            var report = new BenchmarkReport(settings, load, floor, heap, parameters, verifications, timings,
                    peer == null ? null : peer.description(), peerNote);
            report.write(settings.out());
            log.println("wrote " + settings.out());
            return verifications.stream().filter(v -> !(v.target().equals(PeerServer.NAME))).allMatch(Verification::correct)
                    && timings.stream().filter(t -> !t.target().equals(PeerServer.NAME))
                            .flatMap(t -> t.stats().stream()).allMatch(s -> s.errors() == 0);
        } finally {
            if (peer != null) {
                peer.close();
            }
        }
    }

    /**
     * Times one shape on every target at every concurrency. The targets take turns in short rounds, so a change in
     * the machine's speed during the run (other tenants, the JIT, the page cache) weighs on all of them alike and
     * their ratios stay fair.
     */
    private List<Timings> time(Shape shape, List<Target> targets) {
        var stats = new LinkedHashMap<Target, List<LatencyStats>>();
        targets.forEach(target -> stats.put(target, new ArrayList<>()));
        var roundSeconds = settings.secondsPerCell() / ROUNDS;
        for (var concurrency : settings.concurrencies()) {
            var samples = new LinkedHashMap<Target, LoadGenerator.Sample>();
            for (var target : targets) {
                LoadGenerator.run(() -> target.send(shape), concurrency, Math.min(1.0, roundSeconds));
                samples.put(target, LoadGenerator.Sample.empty(concurrency));
            }
            for (int round = 0; round < ROUNDS; round++) {
                for (var target : targets) {
                    samples.merge(target, LoadGenerator.run(() -> target.send(shape), concurrency, roundSeconds),
                            LoadGenerator.Sample::plus);
                }
            }
            samples.forEach((target, sample) -> {
                var cell = sample.stats();
                log.printf("shape %d %-14s c=%-2d p50 %8.2f ms  p95 %8.2f ms  p99 %8.2f ms  %8.1f/s  (%d errors)%n",
                        shape.number(), target.name(), concurrency, cell.p50Millis(), cell.p95Millis(),
                        cell.p99Millis(), cell.perSecond(), cell.errors());
                stats.get(target).add(cell);
            });
        }
        return stats.entrySet().stream().map(e -> new Timings(shape, e.getKey().name(), e.getValue(),
                e.getKey() instanceof PeerServer p ? p.note(shape) : null)).toList();
    }

    /**
     * Every target's answer to every shape against the generator's (shapes 2, 3, 5) and against kemu's answer
     * (all shapes), before anything is timed.
     */
    private List<Verification> verify(List<Shape> shapes, List<Target> targets, Expectations expectations) {
        var result = new ArrayList<Verification>();
        for (var shape : shapes) {
            Map<String, Long> reference = expectations.of(shape.number());
            var referenceName = "the generated documents";
            for (var target : targets) {
                if (!target.supports(shape)) {
                    continue;
                }
                Map<String, Long> answer;
                try {
                    answer = target.answer(shape);
                } catch (Exception e) {
                    result.add(new Verification(shape, target.name(), false, "failed: " + e.getMessage()));
                    continue;
                }
                if (reference == null) {
                    reference = answer;
                    referenceName = target.name();
                    result.add(new Verification(shape, target.name(), !answer.isEmpty(),
                            summary(answer) + (answer.isEmpty() ? " — empty answer" : "")));
                    continue;
                }
                var equal = reference.equals(answer);
                result.add(new Verification(shape, target.name(), equal, equal
                        ? summary(answer) + ", equal to " + referenceName
                        : "differs from " + referenceName + ": " + difference(reference, answer)));
            }
        }
        result.forEach(v -> log.println("verify shape " + v.shape().number() + " " + v.target() + ": "
                + (v.correct() ? "ok" : "WRONG") + " — " + v.detail()));
        return result;
    }

    /**
     * Runs every shape on every target for a cell's time before anything is measured, so the figures are those
     * of servers whose code is compiled (the JIT) and whose query plans are cached, as in production.
     */
    private void warmUp(List<Shape> shapes, List<Target> targets) {
        log.println("warming up …");
        for (var shape : shapes) {
            for (var target : targets) {
                if (target.supports(shape)) {
                    LoadGenerator.measure(() -> target.send(shape), 2, settings.secondsPerCell(), 0);
                }
            }
        }
    }

    private static String summary(Map<String, Long> answer) {
        if (answer.size() == 1 && answer.containsKey("rows")) {
            return answer.get("rows") + " rows";
        }
        var total = answer.values().stream().mapToLong(Long::longValue).sum();
        return answer.size() + " rows" + (answer.values().stream().allMatch(v -> v == 1L) ? ""
                : String.format(", Σ %,d.%02d 元", total / 100, total % 100));
    }

    private static String difference(Map<String, Long> expected, Map<String, Long> actual) {
        var keys = new HashSet<>(expected.keySet());
        keys.addAll(actual.keySet());
        return keys.stream().sorted().filter(k -> !Objects.equals(expected.get(k), actual.get(k))).limit(5)
                .map(k -> k + " expected " + expected.get(k) + " got " + actual.get(k))
                .collect(Collectors.joining("; "));
    }

    /** Heap in use after a full collection: the live set of the server with the dataset loaded. */
    private static long liveHeapBytes() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
