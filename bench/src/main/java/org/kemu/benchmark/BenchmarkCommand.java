package org.kemu.benchmark;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.kemu.cli.Arguments;
import org.kemu.cli.CommandContext;
import org.kemu.cli.UsageException;
import org.kemu.synthetic.DatasetSize;

/** The benchmark's entry point: reads the options, prepares the database and runs the harness in a web server. */
public final class BenchmarkCommand {

    static final String USAGE = """
            usage: mvn -q -Pbench test [-Dbench.args="OPTIONS"], OPTIONS from
              [--size XS|S|M|L] [--seed N] [--out BENCHMARKS.md] [--seconds 5] [--concurrency 1,8,32] [--peer DIR|none]
              [--spring.…=… --kemu.…=…]
            loads a synthetic dataset (M unless --size) into a fresh database (target/benchmark-SIZE unless
            --spring.neo4j.uri or --kemu.neo4j.embedded.data-dir is given), verifies and times the seven query shapes
            and the fixed cost of a request ({ __typename }, shape 0) on kemu, plain Cypher and the Neo4j GraphQL
            Library peer (bench/peer unless --peer), writes Markdown.
            Exit codes: 0 done, 1 a wrong answer or a failure, 2 usage error.
            """;

    private final PrintStream out;
    private final PrintStream err;

    public BenchmarkCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    record Options(DatasetSize size, long seed, Path out, double seconds, List<Integer> concurrencies, Path peer,
            List<String> settings) {

        static Options parse(List<String> args) throws UsageException {
            var arguments = new Arguments(args);
            var size = DatasetSize.M;
            long seed = 1;
            var out = Path.of("BENCHMARKS.md");
            var seconds = 5.0;
            var concurrencies = Benchmark.CONCURRENCIES;
            var peer = Path.of("bench", "peer");
            for (var arg = arguments.next(); arg != null; arg = arguments.next()) {
                switch (arg) {
                    case "--size" -> size = arguments.choice(arg, DatasetSize.class);
                    case "--seed" -> seed = arguments.longValue(arg);
                    case "--out" -> out = Path.of(arguments.value(arg));
                    case "--seconds" -> seconds = arguments.doubleValue(arg);
                    case "--concurrency" -> concurrencies = concurrencies(arg, arguments.value(arg));
                    case "--peer" -> {
                        var value = arguments.value(arg);
                        peer = value.equals("none") ? null : Path.of(value);
                    }
                    default -> throw arguments.unknown(arg);
                }
            }
            return new Options(size, seed, out, seconds, concurrencies, peer, arguments.settings());
        }

        private static List<Integer> concurrencies(String option, String value) throws UsageException {
            try {
                var levels = Arrays.stream(value.split(",")).map(String::strip).map(Integer::valueOf).toList();
                if (levels.stream().allMatch(level -> level > 0)) {
                    return levels;
                }
            } catch (NumberFormatException e) {
                // the usage error below names the whole value
            }
            throw new UsageException(option + " takes positive whole numbers separated by commas, not " + value);
        }
    }

    public static void main(String[] args) {
        System.exit(new BenchmarkCommand(System.out, System.err).run(args));
    }

    public int run(String[] args) {
        if (args.length == 1 && List.of("help", "--help", "-h").contains(args[0])) {
            out.print(USAGE);
            return 0;
        }
        Options options;
        try {
            options = Options.parse(Arrays.asList(args));
        } catch (UsageException e) {
            err.println(e.getMessage());
            err.print(USAGE);
            return 2;
        }
        return run(options);
    }

    /**
     * Runs the harness inside a web server of its own. Unless a database is configured, it uses a fresh embedded
     * one under target/, so the import throughput is always that of a full load.
     */
    private int run(Options options) {
        var settings = new ArrayList<>(options.settings());
        var configured = settings.stream().anyMatch(a -> a.startsWith("--spring.neo4j.uri")
                || a.startsWith("--kemu.neo4j.embedded.data-dir")) || System.getenv("SPRING_NEO4J_URI") != null;
        if (!configured) {
            var dataDir = Path.of("target", "benchmark-" + options.size()).toAbsolutePath();
            try {
                deleteRecursively(dataDir);
            } catch (IOException e) {
                err.println("cannot clear " + dataDir + ": " + e.getMessage());
                return 1;
            }
            settings.add("--kemu.neo4j.embedded.data-dir=" + dataDir);
        }
        var harness = new Benchmark.Settings(options.size(), options.seed(), options.out(), options.seconds(),
                options.peer(), options.concurrencies());
        try (var context = CommandContext.startWebServer(settings)) {
            return new Benchmark(context, harness, out).run() ? 0 : 1;
        } catch (Exception e) {
            err.println("benchmark failed: " + e);
            return 1;
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (var path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
