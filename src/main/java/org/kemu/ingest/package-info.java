/**
 * Ingesting published disclosures: files and folders of PDF, Word and text documents read through the extraction
 * package, reconciled, merged where two files give the same report (a document and its table file), and imported
 * one report at a time — into this process's database through the importer ({@link org.kemu.ingest.ImporterSink}) or
 * into a running server through its {@code importReports} mutation ({@link org.kemu.ingest.ServerSink} over
 * {@link org.kemu.ingest.KemuServer}). Offers the CLI {@link org.kemu.ingest.Ingestion} with its
 * {@link org.kemu.ingest.Progress} and {@link org.kemu.ingest.Summary}, {@link org.kemu.ingest.DocumentFiles}, and
 * {@link org.kemu.ingest.KemuServer} for any command that talks to a server instead of a database. A tool on top of
 * the server's core: nothing in the core depends on it.
 */
package org.kemu.ingest;
