package org.kemu.ingest;

import java.util.List;

import org.kemu.format.ReportDocument;
import org.kemu.importing.ReportExporter;

/** Reports into a running server through its {@code importReports} mutation: no database starts here. */
public final class ServerSink implements ReportSink {

    private final KemuServer server;
    private final boolean dryRun;

    /** @param dryRun checked and answered by the server as if imported, nothing written */
    public ServerSink(KemuServer server, boolean dryRun) {
        this.server = server;
        this.dryRun = dryRun;
    }

    @Override
    public Delivery deliver(String source, List<ReportDocument> reports) {
        return server.importTexts(reports.stream().map(ReportExporter::toJson).toList(), dryRun);
    }
}
