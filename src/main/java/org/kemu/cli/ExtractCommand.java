package org.kemu.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.kemu.extraction.DocumentText;
import org.kemu.importing.ReportExporter;

/**
 * {@code extract FILE [--region CODE] [--report FILE]}: the reports read from a disclosure (.pdf, Word, workbook,
 * web page or .txt), printed in the import format, without any database.
 */
final class ExtractCommand implements Command {

    private final Console console;

    ExtractCommand(Console console) {
        this.console = console;
    }

    record Options(String file, String region, String report) {

        static Options parse(List<String> args) throws UsageException {
            var arguments = new Arguments(args);
            var files = new ArrayList<String>();
            String region = null;
            String report = null;
            for (var arg = arguments.next(); arg != null; arg = arguments.next()) {
                switch (arg) {
                    case "--region" -> region = arguments.value(arg);
                    case "--report" -> report = arguments.value(arg);
                    default -> files.add(arguments.operand(arg));
                }
            }
            if (files.size() != 1) {
                throw new UsageException("extract needs exactly one FILE (" + DocumentText.kinds() + ")");
            }
            return new Options(files.getFirst(), region, report);
        }
    }

    @Override
    public int run(List<String> args) throws UsageException {
        var options = Options.parse(args);
        var disclosures = new Disclosures(console.err());
        var extraction = disclosures.read(options.file(), options.region());
        if (extraction == null) {
            return 1;
        }
        var reports = extraction.reports();
        console.out().println(ReportExporter.toJson(reports.size() == 1 ? reports.getFirst() : reports));
        if (options.report() != null) {
            try {
                Files.writeString(Path.of(options.report()), ReportExporter.toJson(extraction.report()) + "\n",
                        StandardCharsets.UTF_8);
            } catch (IOException e) {
                console.err().println("cannot write " + options.report() + ": " + e.getMessage());
                return 1;
            }
        }
        disclosures.summarise(extraction.report());
        // 3, not 1: the reports were read and printed, but the document's own totals contradict them
        return extraction.report().reconciled() ? 0 : 3;
    }
}
