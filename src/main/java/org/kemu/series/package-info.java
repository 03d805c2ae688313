/**
 * Years side by side: a unit's amounts per year as its documents state them — a year's own report, or a later
 * report's prior-year figures (上年决算, the previous year's totals) — with the change from one year to the next,
 * the change and reason the document states, and where each amount comes from. Offers {@code Unit.series} over
 * GraphQL; depends on the report model.
 */
package org.kemu.series;
