/**
 * Getting reports into and out of the graph. {@link org.kemu.importing.ReportImporter} is the one way in. Its
 * {@link org.kemu.importing.ReportPreparation} parses ({@code DocumentParser}), resolves name paths
 * ({@code NamePaths}), validates the batch ({@code BatchValidator}, {@code ReportValidator}) against the
 * classification and regions ({@code ReferenceData}: the database's, or the seed's in memory), maps documents to
 * rows ({@link org.kemu.importing.ReportRows}, pure and reversible) and checks consistency on the report model
 * ({@code ImportConsistency}); the importer then writes in one transaction
 * ({@code ReportWriter}), keeping replaced versions as revisions whose contents are stored once each
 * ({@code RevisionContents}) and, in the same transaction, the per-report class totals ({@code ClassTotals}) and
 * the region totals ({@link org.kemu.importing.RegionTotals}, built for an older database by
 * {@code RegionTotalsBuild} at start-up). A commit that fails is read back before the caller is told:
 * {@link org.kemu.importing.UnknownOutcomeException} (GraphQL code {@code UNKNOWN}) when that cannot be done.
 * {@link org.kemu.importing.ReportExporter} is the way out, {@link org.kemu.importing.ReportPurge} removes reports
 * with every part, and {@code SeedLoader} loads the seed at start-up through the same importer. The bulk first
 * load prepares documents the same way, against the seed, but writes the graph as files
 * ({@link org.kemu.importing.BulkLoader}, {@code BulkGraphFiles}) that Neo4j's offline importer turns into a new
 * database ({@link org.kemu.importing.OfflineImport}); loaders overlap preparing and writing with
 * {@link org.kemu.importing.Lookahead}. Others use the importer, its preparation, exporter, purge,
 * {@code ImportResult}, {@code ImportException}, {@code UnknownOutcomeException} and which regions the region
 * totals cover ({@link org.kemu.importing.RegionTotals#covers}); the repositories stay inside.
 */
package org.kemu.importing;
