package org.kemu.report;

import java.util.List;

/** A report with all its stated lines, read together. */
public record ReportWithLines(Report report, List<Line> lines) {
}
