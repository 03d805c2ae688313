package org.kemu.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.kemu.synthetic.SyntheticLoader;

/** Writes a benchmark run as Markdown: machine, dataset, correctness, latencies, and the targets met or missed. */
final class BenchmarkReport {

    private static final long GIB = 1L << 30;

    private final Benchmark.Settings settings;
    private final SyntheticLoader.LoadResult load;
    private final WriteFloor.Result floor;
    private final long liveHeapBytes;
    private final Parameters parameters;
    private final List<Benchmark.Verification> verifications;
    private final List<Benchmark.Timings> timings;
    private final String peerDescription;
    private final String peerNote;

    BenchmarkReport(Benchmark.Settings settings, SyntheticLoader.LoadResult load, WriteFloor.Result floor, long liveHeapBytes,
                    Parameters parameters, List<Benchmark.Verification> verifications, List<Benchmark.Timings> timings,
                    String peerDescription, String peerNote) {
        this.settings = settings;
        this.load = load;
        this.floor = floor;
        this.liveHeapBytes = liveHeapBytes;
        this.parameters = parameters;
        this.verifications = verifications;
        this.timings = timings;
        this.peerDescription = peerDescription;
        this.peerNote = peerNote;
    }

    void write(Path file) throws IOException {
        Files.writeString(file, markdown(), StandardCharsets.UTF_8);
    }

    String markdown() {
        var md = new StringBuilder();
        md.append("# kemu benchmarks\n\n");
        md.append("Written by `mvn -q -Pbench test -Dbench.args=\"--size ").append(settings.size())
                .append("\"` on ").append(LocalDate.now()).append(". Every figure below comes from that run; ")
                .append("rerun the command to reproduce them (see README, Benchmarks).\n\n");
        md.append("## Machine\n\n");
        machine(md);
        md.append("\n## Dataset and import\n\n");
        md.append(String.format(Locale.ROOT, """
                        | | |
                        |---|---|
                        | size | %s (seed %d): %,d reports, %,d expense lines, plus the five real seed disclosures |
                        | import | %,d lines in %.1f s through the ordinary importer = **%,.0f lines/s** (%,d reports written, %,d unchanged) |
                        | write floor | %,d lines of the same reports written again by plain Cypher (same nodes, properties, relationships, indexes and batch size; nothing else) in %.1f s = **%,.0f lines/s**, then removed: the import runs at %.0f%% of what the database takes |
                        | live heap after load | %,.0f MiB after a full GC (max heap %,.0f MiB) |
                        | parameters | unit `%s` (%s), report `%s`, counties %s and %s, province %s, year %d, years %d–%d, search "%s" |
                        """, settings.size(), load.seed(), load.reports(), load.lines(), load.lines(), load.seconds(),
                load.linesPerSecond(), load.created(), load.unchanged(), floor.lines(), floor.seconds(),
                floor.linesPerSecond(), 100 * load.linesPerSecond() / floor.linesPerSecond(), liveHeapBytes / 1048576.0,
                Runtime.getRuntime().maxMemory() / 1048576.0, parameters.unitId(), parameters.unitName(),
                parameters.reportId(), parameters.countyA(), parameters.countyB(), parameters.province(),
                parameters.year(), parameters.fromYear(), parameters.year(), parameters.search()));
        md.append("\n## Correctness (checked before timing)\n\n");
        md.append("Shapes 2, 3 and 5 are checked against totals computed from the generated documents themselves; ")
                .append("the others against kemu's answer.\n\n| shape | target | result |\n|---|---|---|\n");
        for (var v : verifications) {
            md.append("| ").append(v.shape().number()).append(" | ").append(v.target()).append(" | ")
                    .append(v.correct() ? "✅ " : "❌ ").append(escape(v.detail())).append(" |\n");
        }
        md.append("\n## Latency and throughput\n\nHTTP end to end for the GraphQL targets, Bolt for raw Cypher; closed ")
                .append("loop, ").append(settings.secondsPerCell()).append(" s per cell after a warm-up round of every shape on ")
                .append("every target, taken in turns: the targets alternate in short rounds within each shape and ")
                .append("concurrency, so drift in the machine's speed affects them alike; client and server share the ")
                .append("machine's cores.\n\n");
        md.append("| shape | target | concurrency | p50 ms | p95 ms | p99 ms | requests/s | requests | errors |\n")
                .append("|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (var t : timings) {
            for (var s : t.stats()) {
                md.append(String.format(Locale.ROOT, "| %d %s | %s | %d | %.2f | %.2f | %.2f | %.1f | %d | %d |%n",
                        t.shape().number(), t.shape().name(), t.target(), s.concurrency(), s.p50Millis(),
                        s.p95Millis(), s.p99Millis(), s.perSecond(), s.requests(), s.errors()));
            }
        }
        md.append("\n## Targets\n\n");
        targets(md);
        if (peerDescription != null || peerNote != null) {
            md.append("\n## The peer: Neo4j GraphQL Library\n\n");
            if (peerDescription != null) {
                md.append(peerDescription).append("\n\n");
            }
            if (peerNote != null) {
                md.append(peerNote).append("\n\n");
            }
            timings.stream().filter(t -> t.note() != null).forEach(t -> md.append("- shape ")
                    .append(t.shape().number()).append(": ").append(t.note()).append('\n'));
        }
        return md.toString();
    }

    private void targets(StringBuilder md) {
        md.append("| target | measured | met |\n|---|---|---|\n");
        for (int shape = 1; shape <= 5; shape++) {
            var kemu = p50(shape, "kemu GraphQL");
            var raw = p50(shape, "raw Cypher");
            if (kemu.isPresent() && raw.isPresent()) {
                var ratio = kemu.get() / raw.get();
                row(md, "shape " + shape + ": GraphQL p50 ≤ 1.3 × raw Cypher p50",
                        String.format(Locale.ROOT, "%.2f ms vs %.2f ms = %.2f×", kemu.get(), raw.get(), ratio), ratio <= 1.3);
            }
        }
        for (int shape = 2; shape <= 4; shape++) {
            var kemu = p50(shape, "kemu GraphQL");
            var peer = p50(shape, PeerServer.NAME);
            if (kemu.isPresent() && peer.isPresent()) {
                var ratio = peer.get() / kemu.get();
                row(md, "shape " + shape + ": ≥ 3 × faster than @neo4j/graphql",
                        String.format(Locale.ROOT, "%.2f ms vs %.2f ms = %.1f×", kemu.get(), peer.get(), ratio), ratio >= 3);
            }
        }
        p50(1, "kemu GraphQL").ifPresent(p -> row(md, "shape 1 p50 ≤ 5 ms", String.format(Locale.ROOT, "%.2f ms", p), p <= 5));
        p50(4, "kemu GraphQL").ifPresent(p -> row(md, "shape 4 p50 ≤ 300 ms", String.format(Locale.ROOT, "%.2f ms", p), p <= 300));
        row(md, "import ≥ 50,000 lines/s", String.format(Locale.ROOT, "%,.0f lines/s (the database's write floor: %,.0f lines/s)",
                        load.linesPerSecond(), floor.linesPerSecond()),
                load.linesPerSecond() >= 50_000);
        var maxHeap = Runtime.getRuntime().maxMemory();
        row(md, "server heap ≤ 1 GiB", String.format(Locale.ROOT, "ran with -Xmx %,.0f MiB; live heap %,.0f MiB",
                maxHeap / 1048576.0, liveHeapBytes / 1048576.0), maxHeap <= GIB + GIB / 20 && liveHeapBytes <= GIB);
        md.append("\nConcurrency 1, p50. Sizes other than M are for smoke testing, not for these targets.\n");
    }

    private Optional<Double> p50(int shape, String target) {
        return timings.stream().filter(t -> t.shape().number() == shape && t.target().equals(target))
                .flatMap(t -> t.stats().stream()).filter(s -> s.concurrency() == 1).map(LatencyStats::p50Millis)
                .findFirst();
    }

    private static void row(StringBuilder md, String target, String measured, boolean met) {
        md.append("| ").append(target).append(" | ").append(measured).append(" | ").append(met ? "✅" : "❌ missed")
                .append(" |\n");
    }

    private static void machine(StringBuilder md) {
        var rows = new ArrayList<String>();
        rows.add("| CPU | " + cpuModel() + ", " + Runtime.getRuntime().availableProcessors() + " cores available |");
        rows.add(String.format(Locale.ROOT, "| memory | %.1f GiB |", totalMemory() / (double) GIB));
        rows.add("| OS | " + System.getProperty("os.name") + " " + System.getProperty("os.version") + " |");
        rows.add("| JVM | " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version") + ", "
                + String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-Xm")).toList()) + " |");
        rows.add("| Neo4j | " + org.neo4j.kernel.internal.Version.getNeo4jVersion() + " (embedded, same JVM) |");
        md.append("| | |\n|---|---|\n");
        rows.forEach(r -> md.append(r).append('\n'));
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse(System.getProperty("os.arch"));
        } catch (IOException e) {
            return System.getProperty("os.arch");
        }
    }

    private static long totalMemory() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize();
        }
        return 0;
    }

    private static String escape(String text) {
        return text.replace("|", "\\|");
    }
}
