package org.kemu.extraction;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.kemu.extraction.SubjectCatalog.Subject;
import org.kemu.money.AmountUnit;
import org.kemu.report.Fund;

/** A subject line as one table or passage states it, before lines of several sources are merged. */
final class FoundLine {

    private final Subject subject;
    private final String printedName;
    private final List<String> namePath;
    private final Fund fund;
    private final Map<LineMeasure, BigDecimal> measures = new EnumMap<>(LineMeasure.class);
    private final AmountUnit unit;
    private final String source;
    private final int lineNumber;
    private final Notes notes = new Notes();

    FoundLine(Subject subject, String printedName, List<String> namePath, Fund fund, AmountUnit unit, String source,
              int lineNumber) {
        this.subject = subject;
        this.printedName = printedName;
        this.namePath = namePath;
        this.fund = fund;
        this.unit = unit;
        this.source = source;
        this.lineNumber = lineNumber;
    }

    Subject subject() {
        return subject;
    }

    String printedName() {
        return printedName;
    }

    List<String> namePath() {
        return namePath;
    }

    Fund fund() {
        return fund;
    }

    Map<LineMeasure, BigDecimal> measures() {
        return measures;
    }

    BigDecimal measure(LineMeasure measure) {
        return measures.get(measure);
    }

    void put(LineMeasure measure, BigDecimal value) {
        if (measure != null && value != null) {
            measures.putIfAbsent(measure, value);
        }
    }

    AmountUnit unit() {
        return unit;
    }

    String source() {
        return source;
    }

    int lineNumber() {
        return lineNumber;
    }

    Notes notes() {
        return notes;
    }

    void note(String note) {
        notes.add(note);
    }
}
