package org.kemu.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.kemu.importing.ReportExporter;
import org.kemu.ingest.KemuServer;

/**
 * {@code export --unit ID [--year Y] [--kind K] [--out FILE] [--server URL]}: stored reports written in the import
 * format, read from this process's database or from a running server.
 */
final class ExportCommand implements Command {

    private final Console console;

    ExportCommand(Console console) {
        this.console = console;
    }

    record Options(String unit, Integer year, String kind, String out, String server, List<String> settings) {

        static Options parse(List<String> args) throws UsageException {
            var arguments = new Arguments(args);
            String unit = null;
            Integer year = null;
            String kind = null;
            String out = null;
            String server = null;
            for (var arg = arguments.next(); arg != null; arg = arguments.next()) {
                switch (arg) {
                    case "--unit" -> unit = arguments.value(arg);
                    case "--year" -> year = arguments.intValue(arg);
                    case "--kind" -> kind = arguments.value(arg);
                    case "--out" -> out = arguments.value(arg);
                    case "--server" -> server = arguments.value(arg);
                    default -> throw arguments.unknown(arg);
                }
            }
            if (unit == null) {
                throw new UsageException("export needs --unit ID");
            }
            return new Options(unit, year, kind, out, server, arguments.settings());
        }
    }

    @Override
    public int run(List<String> args) throws UsageException {
        var options = Options.parse(args);
        List<?> documents;
        if (options.server() != null) {
            try {
                documents = new KemuServer(options.server(), null).export(options.unit(), options.year(), options.kind());
            } catch (KemuServer.ServerException e) {
                console.err().println(e.getMessage());
                return 1;
            }
        } else {
            documents = fromDatabase(options);
        }
        if (documents.isEmpty()) {
            console.err().println("no stored report for unit " + options.unit()
                    + (options.year() == null ? "" : " in " + options.year())
                    + (options.kind() == null ? "" : " of kind " + options.kind()));
            return 1;
        }
        var json = ReportExporter.toJson(documents.size() == 1 ? documents.getFirst() : documents);
        if (options.out() == null) {
            console.out().println(json);
            return 0;
        }
        try {
            Files.writeString(Path.of(options.out()), json + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            console.err().println("cannot write " + options.out() + ": " + e.getMessage());
            return 1;
        }
        console.err().println("wrote " + documents.size() + " report(s) to " + options.out());
        return 0;
    }

    private static List<?> fromDatabase(Options options) {
        try (var context = CommandContext.start(options.settings())) {
            var exporter = context.getBean(ReportExporter.class);
            if (options.kind() != null && options.year() != null) {
                return exporter.export(options.unit(), options.year(), options.kind()).stream().toList();
            }
            return exporter.exportUnit(options.unit(), options.year()).stream()
                    .filter(d -> options.kind() == null || d.kind().equals(options.kind())).toList();
        }
    }
}
