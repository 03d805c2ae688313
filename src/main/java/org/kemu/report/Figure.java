package org.kemu.report;

/**
 * A money fact of a report (income, carry-over, 机关运行经费 …), in 分; {@code reason} is the reason the document
 * gives for a stated change.
 */
public record Figure(String key, String label, long amountFen, Fund fund, Basis basis, int year, String reason,
                     Source source) {
}
