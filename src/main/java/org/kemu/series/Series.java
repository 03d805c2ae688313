package org.kemu.series;

import java.util.List;

import org.kemu.classification.SubjectKey;
import org.kemu.report.Fund;

/** A unit's amounts of one figure key or subject, year by year, oldest first. */
public record Series(String key, SubjectKey subject, Fund fund, List<SeriesPoint> points) {
}
