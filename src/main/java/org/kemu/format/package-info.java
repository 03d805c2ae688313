/**
 * The kemu report format ({@code kemu-report/1}): {@link org.kemu.format.ReportDocument} and its parts, as
 * documented in {@code seed/README.md} and {@code schema/kemu-report.schema.json}. It is the contract between
 * everything that produces reports (the extractor, the synthetic generator, people writing JSON) and the importer
 * that stores them; it depends on nothing but the report model's enums.
 */
package org.kemu.format;
