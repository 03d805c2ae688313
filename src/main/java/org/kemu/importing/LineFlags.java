package org.kemu.importing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.kemu.format.ReportDocument.LinePart;
import org.kemu.report.Fund;

/**
 * The two derived flags of a report's lines that roll-ups rely on: {@code finest} (no finer line of the same scheme
 * and fund below it in this report, so summing finest lines never counts a figure twice) and {@code primary} (the
 * widest fund scope the report states for the scheme).
 */
final class LineFlags {

    private final List<LinePart> lines;
    private final Map<String, Fund> widestFund = new HashMap<>();

    LineFlags(List<LinePart> lines) {
        this.lines = lines;
        for (var line : lines) {
            widestFund.merge(line.scheme(), Fund.valueOf(line.fund()), (a, b) -> a.ordinal() <= b.ordinal() ? a : b);
        }
    }

    boolean primary(LinePart line) {
        return Fund.valueOf(line.fund()) == widestFund.get(line.scheme());
    }

    boolean finest(LinePart line) {
        return lines.stream().noneMatch(other -> other != line
                && other.scheme().equals(line.scheme()) && other.fund().equals(line.fund())
                && other.code().length() > line.code().length() && other.code().startsWith(line.code()));
    }
}
