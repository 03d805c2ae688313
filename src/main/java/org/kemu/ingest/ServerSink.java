package org.kemu.ingest;

import java.util.List;

import org.kemu.format.ReportDocument;
import org.kemu.importing.ReportExporter;

/** Reports into a running server through its {@code importReports} mutation: no database starts here. */
public final class ServerSink implements ReportSink {

    private final KemuServer server;

    public ServerSink(KemuServer server) {
        this.server = server;
    }

    @Override
    public Delivery deliver(String source, List<ReportDocument> reports) {
        return server.importTexts(reports.stream().map(ReportExporter::toJson).toList(), false);
    }
}
