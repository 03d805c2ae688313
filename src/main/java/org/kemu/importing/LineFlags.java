package org.kemu.importing;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kemu.format.ReportDocument.LinePart;
import org.kemu.report.Fund;

/**
 * The two derived flags of a report's lines that roll-ups rely on: {@code finest} (no finer line of the same scheme
 * and fund below it in this report, so summing finest lines never counts a figure twice) and {@code primary} (the
 * widest fund scope the report states for the scheme).
 */
final class LineFlags {

    private final Map<String, Fund> widestFund = new HashMap<>();
    /** Every code some line of the scheme and fund lies strictly below: a line at one of these is not finest. */
    private final Set<Below> above = new HashSet<>();

    private record Below(String scheme, String fund, String code) {
    }

    LineFlags(List<LinePart> lines) {
        for (var line : lines) {
            widestFund.merge(line.scheme(), Fund.valueOf(line.fund()), (a, b) -> a.ordinal() <= b.ordinal() ? a : b);
            for (int length = 1; length < line.code().length(); length++) {
                above.add(new Below(line.scheme(), line.fund(), line.code().substring(0, length)));
            }
        }
    }

    boolean primary(LinePart line) {
        return Fund.valueOf(line.fund()) == widestFund.get(line.scheme());
    }

    boolean finest(LinePart line) {
        return !above.contains(new Below(line.scheme(), line.fund(), line.code()));
    }
}
