package org.kemu.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.kemu.format.ReportDocument;
import org.kemu.importing.ReportRows;
import org.neo4j.driver.Driver;

/**
 * The engine floor for imports: the lines of generated reports written by plain Cypher, as fast as the database
 * takes them. The importer's own line rows, relationships and indexes and the same batch size, but no
 * validation, checksums, revisions, class totals or other report parts. The copies are removed again, so
 * the measurement leaves the database as it found it.
 */
final class WriteFloor {

    private static final String ID_PREFIX = "write-floor:";

    private final Driver driver;
    private final int batchReports;

    /** @param batchReports reports per transaction, as the synthetic loader imports them */
    WriteFloor(Driver driver, int batchReports) {
        this.driver = driver;
        this.batchReports = batchReports;
    }

    /** How many lines were written, in how long. */
    record Result(long lines, double seconds) {

        double linesPerSecond() {
            return seconds == 0 ? 0 : lines / seconds;
        }
    }

    Result measure(Iterable<ReportDocument> documents, int reportLimit) {
        var reports = new ArrayList<Map<String, Object>>();
        var lines = new ArrayList<Map<String, Object>>();
        long written = 0;
        long nanos = 0;
        int count = 0;
        try {
            for (var document : documents) {
                if (count++ == reportLimit) {
                    break;
                }
                add(document, count, reports, lines);
                if (reports.size() == batchReports) {
                    nanos += write(reports, lines);
                    written += lines.size();
                    reports.clear();
                    lines.clear();
                }
            }
            if (!reports.isEmpty()) {
                nanos += write(reports, lines);
                written += lines.size();
            }
        } finally {
            removeCopies();
        }
        return new Result(written, nanos / 1e9);
    }

    private static void add(ReportDocument doc, int number, List<Map<String, Object>> reports,
                            List<Map<String, Object>> lines) {
        var reportId = ID_PREFIX + number;
        var unitId = doc.unit().regionCode() + "-" + ID_PREFIX + number;
        reports.add(Map.of("id", reportId, "unitId", unitId, "year", doc.year(), "kind", doc.kind(),
                "regionCode", doc.unit().regionCode()));
        lines.addAll(ReportRows.lines(doc, reportId, unitId));
    }

    private long write(List<Map<String, Object>> reports, List<Map<String, Object>> lines) {
        var started = System.nanoTime();
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> {
                tx.run("""
                        UNWIND $rows AS report
                        CREATE (r:Report)
                        SET r = report
                        """, Map.of("rows", reports)).consume();
                tx.run("""
                        UNWIND $rows AS line
                        MATCH (r:Report {id: line.reportId})
                        MATCH (s:Subject {scheme: line.scheme, code: line.code})
                        CREATE (r)-[:HAS_LINE]->(l:Line)-[:OF_SUBJECT]->(s)
                        SET l = line
                        """, Map.of("rows", lines)).consume();
            });
        }
        return System.nanoTime() - started;
    }

    private void removeCopies() {
        try (var session = driver.session()) {
            session.run("""
                    MATCH (r:Report) WHERE r.id STARTS WITH $prefix
                    CALL (r) {
                        OPTIONAL MATCH (r)-[:HAS_LINE]->(l:Line)
                        WITH r, collect(l) AS lines
                        FOREACH (l IN lines | DETACH DELETE l)
                        DETACH DELETE r
                    } IN TRANSACTIONS OF 200 ROWS
                    """, Map.of("prefix", ID_PREFIX)).consume();
            var left = session.run("MATCH (r:Report) WHERE r.id STARTS WITH $prefix RETURN count(r) AS left",
                    Map.of("prefix", ID_PREFIX)).single().get("left").asLong();
            if (left > 0) {
                throw new IllegalStateException(left + " copied reports of the write floor could not be removed");
            }
        }
    }
}
