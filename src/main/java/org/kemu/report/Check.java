package org.kemu.report;

import java.math.BigDecimal;

import org.kemu.classification.SubjectKey;

/** A discrepancy between a stated total and the sum of its stated parts; amounts in 元. */
public record Check(String rule, SubjectKey subject, BigDecimal expected, BigDecimal actual, BigDecimal difference,
                    Severity severity, String message) {

    public enum Severity { INFO, WARNING, ERROR }
}
