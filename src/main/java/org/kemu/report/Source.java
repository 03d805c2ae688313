package org.kemu.report;

import org.kemu.money.AmountUnit;

/** Where a figure comes from: the source document and the place in it. */
public record Source(String document, String title, String url, String table, AmountUnit unit, String note) {
}
