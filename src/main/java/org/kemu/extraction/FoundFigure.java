package org.kemu.extraction;

import java.math.BigDecimal;

import org.kemu.money.AmountUnit;
import org.kemu.report.Basis;
import org.kemu.report.Fund;

/** A headline total as one table or passage states it (keys as in seed/README.md). */
record FoundFigure(String key, String label, BigDecimal amount, Fund fund, Basis basis, AmountUnit unit,
                   String source, int lineNumber) {
}
