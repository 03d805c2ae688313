package org.kemu.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.kemu.config.EmbeddedDatabaseInUseException;
import org.kemu.config.EmbeddedDirectoryException;

/**
 * The commands of {@code java -jar kemu.jar COMMAND …}: the same import and export code as the API, against the
 * same database configuration as the server (embedded by default, or {@code --spring.neo4j.uri=…}).
 */
public final class CommandLine {

    /** The exit code when a commit failed and whether it wrote could not be read back. */
    static final int OUTCOME_UNKNOWN = 4;
    /** The exit code when the embedded database cannot be opened: another process holds it, or it cannot be written. */
    static final int EMBEDDED_DATABASE_UNUSABLE = 5;

    private final PrintStream err;
    private final Map<String, Command> commands;

    public CommandLine(PrintStream out, PrintStream err) {
        this.err = err;
        var console = new Console(out, err);
        var help = new HelpCommand(out);
        this.commands = Map.of(
                "import", new ImportCommand(console),
                "ingest", new IngestCommand(console),
                "export", new ExportCommand(console),
                "extract", new ExtractCommand(console),
                "synthetic", new SyntheticCommand(console),
                "bulk-load", new BulkLoadCommand(console),
                "help", help,
                "--help", help,
                "-h", help);
    }

    /**
     * Whether the arguments are for the server rather than a command: none at all, or only Spring settings in the
     * {@code --name=value} form.
     */
    public static boolean startsServer(String[] args) {
        return Arrays.stream(args).allMatch(CommandLine::isProperty);
    }

    /** Runs the command the arguments name (the usage when they name none) and returns its exit code. */
    public int run(String[] args) {
        var name = args.length == 0 ? "help" : args[0];
        try {
            var command = commands.get(name);
            if (command == null) {
                throw unknown(args);
            }
            return command.run(Arrays.asList(args).subList(Math.min(1, args.length), args.length));
        } catch (UsageException e) {
            err.println(e.getMessage());
            err.print(HelpCommand.USAGE);
            return 2;
        } catch (EmbeddedDatabaseInUseException e) {
            err.println(e.getMessage() + " (a running kemu server?): " + remedy(name));
            return EMBEDDED_DATABASE_UNUSABLE;
        } catch (EmbeddedDirectoryException e) {
            err.println(e.getMessage() + ": " + e.remedy());
            return EMBEDDED_DATABASE_UNUSABLE;
        }
    }

    /** What to do instead: send the command to the server that holds the database, or use another directory. */
    private static String remedy(String command) {
        return switch (command) {
            case "import", "ingest" -> "send the documents to it with --server URL --api-key KEY, or stop it first";
            case "export" -> "ask it with --server URL, or stop it first";
            default -> "stop it first, or give another --kemu.neo4j.embedded.data-dir=DIR";
        };
    }

    /** Names the first argument that is neither a command nor a setting, which is what the user mistyped. */
    private static UsageException unknown(String[] args) {
        var arg = Arrays.stream(args).filter(a -> !isProperty(a)).findFirst().orElse(args[0]);
        return new UsageException((arg.startsWith("-") ? "unknown option " : "unknown command ") + arg);
    }

    private static boolean isProperty(String arg) {
        return arg.startsWith("--") && arg.indexOf('=') > 2;
    }
}
