package org.kemu.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.databind.json.JsonMapper;

/**
 * A bounded load test of a running kemu over loopback: four request shapes at two concurrencies for a fixed time
 * each, while one thread probes the health endpoint and another samples the server's resident memory. Requests that
 * must be refused (the heavy ones of the mix) count as failures when they are answered with data instead.
 *
 * <pre>java … org.kemu.benchmark.LoadTest --url http://127.0.0.1:8080 --health URL [--pid PID] [--seconds 60]
 *     [--warmup 30] [--out FILE]</pre>
 */
public final class LoadTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int[] CONCURRENCIES = {8, 32};

    /** A request and whether its answer must be data (valid) or a refusal (heavy). */
    record Probe(String name, String query, boolean mustBeRefused) {
    }

    static final List<Probe> SUBJECT = List.of(new Probe("subject",
            "{ subject(code: \"2080109\") { code name level path parent { code name } } }", false));
    static final List<Probe> REPORT = List.of(new Probe("report with lines",
            "{ report(unitId: \"640323-043f0355\", year: 2024) { total lines { subject { code name } fund amount } } }",
            false));
    static final List<Probe> ROLLUP = List.of(new Probe("roll-up",
            "{ rollup(filter: {regionCodes: [\"51\"], years: [2024]}, level: CLASS) { subject { code } amount } }",
            false));

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI graphql;
    private final URI health;

    private LoadTest(URI graphql, URI health) {
        this.graphql = graphql;
        this.health = health;
    }

    public static void main(String[] args) throws Exception {
        var options = Options.parse(args);
        var test = new LoadTest(URI.create(options.url + "/graphql"), URI.create(options.health));
        var report = new StringBuilder();
        report.append("# Load test · 负载测试\n\n")
                .append("`").append(options.commandLine()).append("`, ").append(Instant.now()).append(", ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores, after ").append(options.warmup)
                .append(" s of the mix at concurrency 8 to warm the server up.\n\n")
                .append("| shape | concurrency | requests | failures | p50 ms | p99 ms | req/s | health p50 ms | health p99 ms"
                        + " | health max ms | health failures | server RSS MB (start → end, max) |\n")
                .append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        // the server's JIT compiles the request path first; measured cells then show its steady state
        LoadGenerator.run(() -> test.send(mix().get(Math.floorMod(System.nanoTime(), mix().size()))), 8, options.warmup);
        var shapes = Map.of("subject", SUBJECT, "report with lines", REPORT, "roll-up", ROLLUP, "mix with refused heavy queries",
                mix());
        for (var shape : List.of("subject", "report with lines", "roll-up", "mix with refused heavy queries")) {
            for (var concurrency : CONCURRENCIES) {
                var row = test.run(shapes.get(shape), concurrency, options.seconds, options.pid);
                report.append(String.format(Locale.ROOT, "| %s | %d | %s |%n", shape, concurrency, row));
                System.out.printf(Locale.ROOT, "%s at %d: %s%n", shape, concurrency, row);
            }
        }
        Files.writeString(Path.of(options.out), report.toString(), StandardCharsets.UTF_8);
        System.out.println("wrote " + options.out);
    }

    /** The three valid shapes with the heavy requests an attacker sends: each must be refused before it runs. */
    static List<Probe> mix() {
        var cycle = new StringBuilder("code");
        for (int i = 0; i < 6; i++) {
            cycle = new StringBuilder("code children { code parent { " + cycle + " } }");
        }
        var aliases = new StringBuilder("{");
        for (int i = 0; i < 50; i++) {
            aliases.append(" r").append(i).append(": rollup(filter: {}, level: ITEM) { subject { code } amount }");
        }
        var probes = new ArrayList<Probe>();
        probes.addAll(SUBJECT);
        probes.addAll(REPORT);
        probes.addAll(ROLLUP);
        probes.add(new Probe("parent/children cycle", "{ region(code: \"51\") { " + cycle + " } }", true));
        probes.add(new Probe("fifty roll-ups", aliases.append(" }").toString(), true));
        return probes;
    }

    private String run(List<Probe> probes, int concurrency, double seconds, Long pid) throws InterruptedException {
        var next = new AtomicInteger();
        var stop = new AtomicBoolean();
        var healthLatencies = new ArrayList<Long>();
        var healthFailures = new AtomicInteger();
        var memory = new ArrayList<Long>();
        var prober = Thread.ofPlatform().daemon().start(() -> {
            while (!stop.get()) {
                var begin = System.nanoTime();
                try {
                    var status = http.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(5)).GET().build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode();
                    if (status != 200) {
                        healthFailures.incrementAndGet();
                    }
                } catch (IOException | InterruptedException e) {
                    healthFailures.incrementAndGet();
                }
                synchronized (healthLatencies) {
                    healthLatencies.add(System.nanoTime() - begin);
                }
                pause(20);
            }
        });
        var sampler = Thread.ofPlatform().daemon().start(() -> {
            while (!stop.get() && pid != null) {
                memory.add(residentKilobytes(pid));
                pause(1000);
            }
        });
        var sample = LoadGenerator.run(() -> send(probes.get(Math.floorMod(next.getAndIncrement(), probes.size()))),
                concurrency, seconds);
        stop.set(true);
        prober.join();
        sampler.join();
        long[] healthNanos;
        synchronized (healthLatencies) {
            healthNanos = healthLatencies.stream().mapToLong(Long::longValue).toArray();
        }
        var stats = sample.stats();
        var probe = LatencyStats.of(1, healthNanos, healthFailures.get(), seconds);
        var maxHealth = Arrays.stream(healthNanos).max().orElse(0) / 1e6;
        var rss = memory.isEmpty() ? "—" : String.format(Locale.ROOT, "%d → %d, %d", memory.getFirst() / 1024,
                memory.getLast() / 1024, memory.stream().mapToLong(Long::longValue).max().orElse(0) / 1024);
        return String.format(Locale.ROOT, "%d | %d | %.2f | %.2f | %.0f | %.2f | %.2f | %.1f | %d | %s", stats.requests(),
                stats.errors(), stats.p50Millis(), stats.p99Millis(), stats.perSecond(), probe.p50Millis(),
                probe.p99Millis(), maxHealth, healthFailures.get(), rss);
    }

    /** Sends one probe; throws when the answer is not what the probe must get. */
    private void send(Probe probe) throws Exception {
        var body = JSON.writeValueAsString(Map.of("query", probe.query()));
        var response = http.send(HttpRequest.newBuilder(graphql).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        var answer = JSON.readTree(response.body());
        var refused = answer.has("errors") && !answer.get("errors").isEmpty();
        var hasData = answer.has("data") && !answer.get("data").isNull();
        if (probe.mustBeRefused() ? !refused || hasData : refused || response.statusCode() != 200) {
            throw new IllegalStateException(probe.name() + ": HTTP " + response.statusCode() + " " + response.body());
        }
    }

    private static long residentKilobytes(long pid) {
        try {
            for (var line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return 0;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private record Options(String url, String health, Long pid, double seconds, double warmup, String out,
                           String commandLine) {

        static Options parse(String[] args) {
            String url = "http://127.0.0.1:8080";
            String health = null;
            Long pid = null;
            double seconds = 60;
            double warmup = 30;
            String out = "LOADTEST.md";
            for (int i = 0; i + 1 < args.length; i += 2) {
                switch (args[i]) {
                    case "--url" -> url = args[i + 1];
                    case "--health" -> health = args[i + 1];
                    case "--pid" -> pid = Long.valueOf(args[i + 1]);
                    case "--seconds" -> seconds = Double.parseDouble(args[i + 1]);
                    case "--warmup" -> warmup = Double.parseDouble(args[i + 1]);
                    case "--out" -> out = args[i + 1];
                    default -> throw new IllegalArgumentException("unknown option " + args[i]
                            + "; expected --url, --health, --pid, --seconds, --warmup, --out");
                }
            }
            return new Options(url, health == null ? url + "/actuator/health" : health, pid, seconds, warmup, out,
                    "LoadTest " + String.join(" ", args));
        }
    }
}
