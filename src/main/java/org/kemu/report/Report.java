package org.kemu.report;

import java.util.List;

import org.kemu.money.AmountUnit;

/** One disclosure of a unit for a year and kind, with its provenance. */
public record Report(String id, String unitId, int year, ReportKind kind, AmountUnit amountUnit, Source source,
                     List<String> divisions, List<String> notes, Staff staff) {
}
