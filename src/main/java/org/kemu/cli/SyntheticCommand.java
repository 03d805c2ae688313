package org.kemu.cli;

import java.util.List;
import java.util.Locale;

import org.kemu.synthetic.DatasetSize;
import org.kemu.synthetic.SyntheticLoader;

/**
 * {@code synthetic --size XS|S|M|L [--seed N] [--out FILE]}: the synthetic national dataset generated and loaded
 * through the importer, with the import's throughput as one line (appended to FILE, so runs accumulate). It loads
 * into a database of its own ({@value #DATA_DIR}) unless told otherwise, so the server's stays as the seed left it.
 */
final class SyntheticCommand implements Command {

    static final String DATA_DIR = "./data/synthetic";

    private final Console console;

    SyntheticCommand(Console console) {
        this.console = console;
    }

    record Options(DatasetSize size, long seed, String out, List<String> settings) {

        static Options parse(List<String> args) throws UsageException {
            var arguments = new Arguments(args);
            var size = DatasetSize.S;
            long seed = 1;
            String out = null;
            for (var arg = arguments.next(); arg != null; arg = arguments.next()) {
                switch (arg) {
                    case "--size" -> size = arguments.choice(arg, DatasetSize.class);
                    case "--seed" -> seed = arguments.longValue(arg);
                    case "--out" -> out = arguments.value(arg);
                    default -> throw arguments.unknown(arg);
                }
            }
            return new Options(size, seed, out, arguments.settings());
        }
    }

    @Override
    public int run(List<String> args) throws UsageException {
        var options = Options.parse(args);
        SyntheticLoader.LoadResult result;
        try (var context = CommandContext.start(options.settings(), "kemu.neo4j.embedded.data-dir=" + DATA_DIR)) {
            result = context.getBean(SyntheticLoader.class).load(options.size(), options.seed());
        }
        var line = String.format(Locale.ROOT,
                "synthetic %s seed %d: %d reports, %d lines (%d reports written, %d unchanged) in %.1f s = %.0f lines/s",
                options.size(), options.seed(), result.reports(), result.lines(), result.created(), result.unchanged(),
                result.seconds(), result.linesPerSecond());
        return console.printAndAppend(line, options.out());
    }
}
