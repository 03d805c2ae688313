/**
 * Getting reports into and out of the graph. {@link org.kemu.importing.ReportImporter} is the one way in: it parses
 * ({@code DocumentParser}), resolves name paths ({@code NamePaths}), validates the batch ({@code BatchValidator},
 * {@code ReportValidator}), maps documents to rows ({@link org.kemu.importing.ReportRows}, pure and reversible),
 * checks consistency on the report model ({@code ImportConsistency}) and writes in one transaction
 * ({@code ReportWriter}), keeping replaced versions as revisions. {@link org.kemu.importing.ReportExporter} is the
 * way out, {@link org.kemu.importing.ReportPurge} removes reports with every part, and {@code SeedLoader} loads the
 * seed at start-up through the same importer. Others use the importer, exporter, purge, {@code ImportResult} and
 * {@code ImportException}; the repositories stay inside.
 */
package org.kemu.importing;
