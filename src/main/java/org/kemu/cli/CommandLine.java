package org.kemu.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.kemu.KemuApplication;
import org.kemu.benchmark.Benchmark;
import org.kemu.extraction.DisclosureExtractor;
import org.kemu.extraction.Extraction;
import org.kemu.extraction.ExtractionException;
import org.kemu.extraction.ExtractionReport;
import org.kemu.importing.ImportException;
import org.kemu.importing.ImportResult;
import org.kemu.importing.ReportExporter;
import org.kemu.importing.ReportImporter;
import org.kemu.synthetic.DatasetSize;
import org.kemu.synthetic.SyntheticLoader;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar kemu.jar import|export …}: the same import and export code as the API, against the same
 * database configuration as the server (embedded by default, or {@code --spring.neo4j.uri=…}).
 */
public final class CommandLine {

    public static final Set<String> COMMANDS = Set.of("import", "export", "extract", "synthetic", "benchmark", "help");

    private static final String USAGE = """
            usage:
              java -jar kemu.jar import [--dry-run] FILE...             import report documents (kemu-report/1 JSON)
              java -jar kemu.jar import --from-text FILE.txt --region CODE [--force] [--dry-run]
                                                                       extract a disclosure's text and import it; refused
                                                                       when it does not reconcile, unless --force
              java -jar kemu.jar extract FILE.txt [--region CODE] [--report FILE]
                                                                       print the reports read from a disclosure's text
                                                                       (pdftotext -layout) as kemu-report/1 JSON; the
                                                                       extraction report goes to FILE, a summary to stderr
              java -jar kemu.jar export --unit ID [--year Y] [--kind K] [--out FILE]
                                                                       write stored reports in the import format
              java -jar kemu.jar synthetic --size S|M|L [--seed N] [--out FILE]
                                                                       generate the synthetic national dataset and load it,
                                                                       reporting import throughput (appended to FILE if given)
              java -jar kemu.jar benchmark [--size S|M|L] [--seed N] [--out BENCHMARKS.md] [--seconds 5] [--peer DIR|none]
                                                                       load a synthetic dataset into a fresh database
                                                                       (target/benchmark-SIZE unless configured), verify and
                                                                       time the seven query shapes, write Markdown
            Configuration as for the server, e.g. --spring.neo4j.uri=bolt://host:7687 or
            --kemu.neo4j.embedded.data-dir=./data/neo4j. Exit codes: 0 done, 1 rejected input, 2 usage error,
            3 extracted but not reconciled with the document's own totals (extract only).
            """;

    private final PrintStream out;
    private final PrintStream err;

    public CommandLine(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static boolean isCommand(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    public int run(String[] args) {
        var options = Options.parse(args);
        if (options.error() != null) {
            err.println(options.error());
            err.print(USAGE);
            return 2;
        }
        return switch (options.command()) {
            case "import" -> options.fromText() ? importText(options) : withContext(options, context -> importFiles(context, options));
            case "extract" -> extract(options);
            case "export" -> withContext(options, context -> export(context, options));
            case "synthetic" -> withContext(options, context -> synthetic(context, options));
            case "benchmark" -> benchmark(options);
            default -> {
                out.print(USAGE);
                yield 0;
            }
        };
    }

    private int importFiles(ConfigurableApplicationContext context, Options options) {
        var inputs = new ArrayList<ReportImporter.Input>();
        for (var file : options.files()) {
            try {
                inputs.add(new ReportImporter.Input(file, Files.readString(Path.of(file), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                err.println("ERROR " + file + ": cannot read (" + e.getMessage() + "); nothing was imported");
                return 1;
            }
        }
        return runImport(() -> context.getBean(ReportImporter.class).importAll(inputs, options.dryRun()), options.dryRun());
    }

    /** Runs an import and prints its outcome: warnings and problems to stderr, one line per report to stdout. */
    private int runImport(java.util.function.Supplier<ImportResult> importing, boolean dryRun) {
        try {
            var result = importing.get();
            result.warnings().forEach(err::println);
            for (var report : result.reports()) {
                out.println((dryRun ? "would be " : "") + report.status() + " " + report.reportId() + " "
                        + report.unitName() + " " + report.year() + " " + report.kind() + " (" + report.lineCount()
                        + " lines)");
            }
            return 0;
        } catch (ImportException e) {
            e.problems().forEach(err::println);
            err.println("rejected: nothing was imported");
            return 1;
        }
    }

    private int extract(Options options) {
        var extraction = readDisclosure(options);
        if (extraction == null) {
            return 1;
        }
        var reports = extraction.reports();
        out.println(ReportExporter.toJson(reports.size() == 1 ? reports.getFirst() : reports));
        if (options.report() != null) {
            try {
                Files.writeString(Path.of(options.report()), ReportExporter.toJson(extraction.report()) + "\n",
                        StandardCharsets.UTF_8);
            } catch (IOException e) {
                err.println("cannot write " + options.report() + ": " + e.getMessage());
                return 1;
            }
        }
        summarise(extraction.report());
        return extraction.report().reconciled() ? 0 : 3;
    }

    /** Extracts first, without touching the database: unreadable text or unreconciled figures never get that far. */
    private int importText(Options options) {
        var file = options.files().getFirst();
        var extraction = readDisclosure(options);
        if (extraction == null) {
            err.println("rejected: nothing was imported");
            return 1;
        }
        summarise(extraction.report());
        if (!extraction.report().reconciled() && !options.force()) {
            err.println("rejected: " + file + " does not reconcile with its own totals (see above); nothing was "
                    + "imported. Check the figures, or pass --force to import them as read.");
            return 1;
        }
        return withContext(options, context -> runImport(() -> context.getBean(ReportImporter.class)
                .importDocuments(file, extraction.reports(), options.dryRun()), options.dryRun()));
    }

    /** The extraction of the command's file, or null after saying on stderr why it cannot be read. */
    private Extraction readDisclosure(Options options) {
        var file = options.files().getFirst();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(Path.of(file));
        } catch (IOException e) {
            err.println("ERROR " + file + ": cannot read (" + e.getMessage() + ")");
            return null;
        }
        try {
            var text = new String(bytes, StandardCharsets.UTF_8);
            return new DisclosureExtractor().extract(text, Path.of(file).getFileName().toString(), options.region());
        } catch (ExtractionException e) {
            err.println("ERROR " + e.getMessage());
            return null;
        }
    }

    private void summarise(ExtractionReport report) {
        err.println(report.document() + ": " + report.kind() + " " + report.year() + " " + report.unitName()
                + ", amounts in " + report.amountUnit());
        for (var source : report.sources()) {
            err.println("  " + source.name() + " (lines " + source.firstLine() + "–" + source.lastLine() + "): "
                    + source.linesRead() + " read, " + source.skipped().size() + " skipped"
                    + (source.reconciled() ? "" : ", DOES NOT RECONCILE"));
        }
        for (var failure : report.failures()) {
            err.println("  line " + failure.line() + " " + failure.subject() + " " + failure.rule() + ": stated "
                    + failure.stated() + ", parts sum to " + failure.computed() + " " + failure.unit());
        }
        report.notes().forEach(note -> err.println("  note: " + note));
        err.println(report.reconciled() ? "reconciled with the document's own totals"
                : report.failures().size() + " check(s) do not reconcile");
    }

    private int export(ConfigurableApplicationContext context, Options options) {
        var exporter = context.getBean(ReportExporter.class);
        List<?> documents;
        if (options.kind() != null && options.year() != null) {
            documents = exporter.export(options.unit(), options.year(), options.kind()).stream().toList();
        } else {
            documents = exporter.exportUnit(options.unit(), options.year()).stream()
                    .filter(d -> options.kind() == null || d.kind().equals(options.kind())).toList();
        }
        if (documents.isEmpty()) {
            err.println("no stored report for unit " + options.unit()
                    + (options.year() == null ? "" : " in " + options.year())
                    + (options.kind() == null ? "" : " of kind " + options.kind()));
            return 1;
        }
        var json = ReportExporter.toJson(documents.size() == 1 ? documents.getFirst() : documents);
        if (options.out() == null) {
            out.println(json);
        } else {
            try {
                Files.writeString(Path.of(options.out()), json + "\n", StandardCharsets.UTF_8);
            } catch (IOException e) {
                err.println("cannot write " + options.out() + ": " + e.getMessage());
                return 1;
            }
            err.println("wrote " + documents.size() + " report(s) to " + options.out());
        }
        return 0;
    }

    private int synthetic(ConfigurableApplicationContext context, Options options) {
        DatasetSize size;
        try {
            size = DatasetSize.valueOf(options.size() == null ? "S" : options.size());
        } catch (IllegalArgumentException e) {
            err.println("--size must be S, M or L, got " + options.size());
            return 2;
        }
        var result = context.getBean(SyntheticLoader.class).load(size, options.seed());
        var line = String.format(java.util.Locale.ROOT,
                "synthetic %s seed %d: %d reports, %d lines (%d reports written, %d unchanged) in %.1f s = %.0f lines/s",
                size, options.seed(), result.reports(), result.lines(), result.created(), result.unchanged(),
                result.seconds(), result.linesPerSecond());
        out.println(line);
        if (options.out() != null) {
            try {
                Files.writeString(Path.of(options.out()), line + "\n", StandardCharsets.UTF_8,
                        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            } catch (IOException e) {
                err.println("cannot write " + options.out() + ": " + e.getMessage());
                return 1;
            }
        }
        return 0;
    }

    /**
     * Runs the harness inside a web server of its own. Unless a database is configured, it uses a fresh embedded
     * one under target/, so the import throughput is always that of a full load.
     */
    private int benchmark(Options options) {
        DatasetSize size;
        try {
            size = DatasetSize.valueOf(options.size() == null ? "M" : options.size());
        } catch (IllegalArgumentException e) {
            err.println("--size must be S, M or L, got " + options.size());
            return 2;
        }
        var springArgs = new ArrayList<>(options.springArgs());
        var configured = springArgs.stream().anyMatch(a -> a.startsWith("--spring.neo4j.uri")
                || a.startsWith("--kemu.neo4j.embedded.data-dir")) || System.getenv("SPRING_NEO4J_URI") != null;
        if (!configured) {
            var dataDir = Path.of("target", "benchmark-" + size).toAbsolutePath();
            try {
                deleteRecursively(dataDir);
            } catch (IOException e) {
                err.println("cannot clear " + dataDir + ": " + e.getMessage());
                return 1;
            }
            springArgs.add("--kemu.neo4j.embedded.data-dir=" + dataDir);
        }
        var peer = options.peer() == null ? Path.of("bench", "peer") : options.peer().equals("none") ? null : Path.of(options.peer());
        var settings = new Benchmark.Settings(size, options.seed(), Path.of(options.out() == null ? "BENCHMARKS.md" : options.out()),
                options.seconds(), peer, Benchmark.CONCURRENCIES);
        try (var context = new SpringApplicationBuilder(KemuApplication.class)
                .web(WebApplicationType.SERVLET)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties("server.port=0", "logging.level.root=WARN", "logging.level.org.kemu=WARN",
                        "logging.level.org.springframework.data.neo4j=ERROR")
                .run(springArgs.toArray(String[]::new))) {
            return new Benchmark(context, settings, out).run() ? 0 : 1;
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
            for (var path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private int withContext(Options options, java.util.function.ToIntFunction<ConfigurableApplicationContext> action) {
        try (var context = new SpringApplicationBuilder(KemuApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties("logging.level.root=WARN", "logging.level.org.kemu=WARN",
                        "logging.level.org.springframework.data.neo4j=ERROR")
                .run(options.springArgs().toArray(String[]::new))) {
            return action.applyAsInt(context);
        }
    }

    /** The parsed command line: the command, its options, and the --spring.* / --kemu.* settings passed through. */
    record Options(String command, List<String> files, boolean dryRun, String unit, Integer year, String kind,
                   String out, String size, long seed, boolean fromText, String region, String report, boolean force,
                   double seconds, String peer, List<String> springArgs, String error) {

        static Options parse(String[] args) {
            var command = args.length == 0 ? "help" : args[0];
            var files = new ArrayList<String>();
            var springArgs = new ArrayList<String>();
            var dryRun = false;
            String unit = null;
            Integer year = null;
            String kind = null;
            String out = null;
            String size = null;
            long seed = 1;
            var fromText = false;
            String region = null;
            String report = null;
            var force = false;
            var seconds = 5.0;
            String peer = null;
            for (int i = 1; i < args.length; i++) {
                var arg = args[i];
                try {
                    switch (arg) {
                        case "--dry-run" -> dryRun = true;
                        case "--unit" -> unit = args[++i];
                        case "--year" -> year = Integer.valueOf(args[++i]);
                        case "--kind" -> kind = args[++i];
                        case "--out" -> out = args[++i];
                        case "--size" -> size = args[++i];
                        case "--seed" -> seed = Long.parseLong(args[++i]);
                        case "--from-text" -> fromText = true;
                        case "--region" -> region = args[++i];
                        case "--report" -> report = args[++i];
                        case "--force" -> force = true;
                        case "--seconds" -> seconds = Double.parseDouble(args[++i]);
                        case "--peer" -> peer = args[++i];
                        default -> {
                            if (arg.startsWith("--spring.") || arg.startsWith("--kemu.") || arg.startsWith("--logging.")) {
                                springArgs.add(arg);
                            } else if (arg.startsWith("--")) {
                                return error(command, "unknown option " + arg);
                            } else {
                                files.add(arg);
                            }
                        }
                    }
                } catch (ArrayIndexOutOfBoundsException e) {
                    return error(command, arg + " needs a value");
                } catch (NumberFormatException e) {
                    return error(command, arg + " needs a number, got " + args[i]);
                }
            }
            if (command.equals("import") && files.isEmpty()) {
                return error(command, "import needs at least one FILE");
            }
            if ((command.equals("extract") || fromText) && files.size() != 1) {
                return error(command, command + (fromText ? " --from-text" : "") + " needs exactly one FILE.txt");
            }
            if (fromText && region == null) {
                return error(command, "import --from-text needs --region CODE: a report is stored under its region");
            }
            if (command.equals("export") && unit == null) {
                return error(command, "export needs --unit ID");
            }
            return new Options(command, files, dryRun, unit, year, kind, out, size, seed, fromText, region, report, force,
                    seconds, peer, springArgs, null);
        }

        private static Options error(String command, String message) {
            return new Options(command, List.of(), false, null, null, null, null, null, 0, false, null, null, false,
                    0, null, List.of(), message);
        }
    }
}
