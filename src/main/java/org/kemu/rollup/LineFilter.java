package org.kemu.rollup;

import java.util.List;

import org.kemu.classification.Scheme;
import org.kemu.report.Fund;
import org.kemu.report.ReportKind;

/** Which expense lines a roll-up or one side of a comparison takes. Null lists mean "no restriction". */
public record LineFilter(List<String> unitIds, List<String> regionCodes, List<Integer> years, ReportKind kind,
                         Scheme scheme, Fund fund) {

    public LineFilter {
        kind = kind == null ? ReportKind.FINAL_ACCOUNT : kind;
        scheme = scheme == null ? Scheme.FUNCTION : scheme;
    }
}
