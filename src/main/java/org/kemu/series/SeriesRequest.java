package org.kemu.series;

import org.kemu.report.Fund;
import org.kemu.report.ReportKind;

/**
 * What one {@code Unit.series} asks for: a figure key (本年支出合计, 基本支出 …) or, with {@code subject}, the
 * unit's expense lines under a classification code; the fund scope (null: all funds for figures, the widest
 * stated scope for lines) and the kind of report.
 */
record SeriesRequest(String unitId, String key, Fund fund, ReportKind kind, String subject) {

    /** The same request without the unit, so that many units asking the same thing share one statement. */
    SeriesRequest shape() {
        return new SeriesRequest(null, key, fund, kind, subject);
    }
}
