package org.kemu.cli;

import java.io.PrintStream;
import java.util.List;

/** {@code help}, {@code --help}, {@code -h}: the usage on stdout. */
final class HelpCommand implements Command {

    static final String USAGE = """
            usage:
              java -jar kemu.jar [--name=value...]                      start the GraphQL server
              java -jar kemu.jar import [--dry-run] FILE...             import report documents (kemu-report/1 JSON)
              java -jar kemu.jar import --from-text FILE [--region CODE] [--force] [--dry-run]
                                                                       extract a disclosure (any kind extract reads) and
                                                                       import it; refused when it does not reconcile,
                                                                       unless --force
              java -jar kemu.jar extract FILE [--region CODE] [--report FILE]
                                                                       print the reports read from a disclosure (.pdf,
                                                                       .docx, .doc, .xlsx, .xls, .html, or .txt as
                                                                       pdftotext -layout gives it) as kemu-report/1 JSON;
                                                                       the extraction report goes to FILE, a summary to
                                                                       stderr
              java -jar kemu.jar ingest PATH... [--server URL --api-key KEY] [--region CODE] [--force] [--dry-run]
                                       [--summary FILE]                read disclosures (.pdf, .docx, .doc, .xlsx, .xls,
                                                                       .html, .txt; folders searched through), reconcile
                                                                       and import each on its own; the region is found from
                                                                       the unit's name unless given; unreconciled ones only
                                                                       with --force; a table of what became (or, with
                                                                       --dry-run, would become) of each, also as FILE.json
                                                                       or FILE.csv
              java -jar kemu.jar export --unit ID [--year Y] [--kind K] [--out FILE]
                                                                       write stored reports in the import format
              java -jar kemu.jar synthetic --size XS|S|M|L [--seed N] [--out FILE]
                                                                       generate the synthetic national dataset and load it,
                                                                       reporting import throughput (appended to FILE if given)
              java -jar kemu.jar bulk-load FILE... | --synthetic XS|S|M|L [--seed N] [--out FILE]
                                                                       the first load of many reports into an embedded
                                                                       database that holds none yet, through Neo4j's offline
                                                                       importer; later loads use import
              java -jar kemu.jar help | --help | -h                     print this
            import, ingest: --server URL --api-key KEY sends the reports to a running server instead (its importReports
            mutation); export: --server URL reads them from it. No database starts then.
            Configuration as for the server, e.g. --spring.neo4j.uri=bolt://host:7687 or
            --kemu.neo4j.embedded.data-dir=./data/neo4j. Exit codes: 0 done, 1 rejected input, 2 usage error,
            3 extracted but not reconciled with the document's own totals (extract, ingest), 4 the database failed
            while committing and could not be read back: whether the reports named were written is unknown (import),
            5 the embedded database cannot be opened: another process holds it (a running server: use --server), or
            its directory cannot be created or written.
            """;

    private final PrintStream out;

    HelpCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public int run(List<String> args) {
        out.print(USAGE);
        return 0;
    }
}
