/**
 * The command line of {@code java -jar kemu.jar}. {@link org.kemu.cli.Main} is the jar's entry point: without a
 * command it starts the server, with one {@link org.kemu.cli.CommandLine} runs it (import, export, extract, ingest,
 * synthetic, bulk-load, help), one class per command, each parsing its own options, calling the same importer,
 * exporter, extractor and loader as the API — in this process, or, for import, export and ingest with {@code
 * --server}, in a running server over HTTP ({@link org.kemu.ingest.KemuServer}). A command that needs the embedded
 * database while another process holds it, or whose directory cannot be written, ends with the {@link
 * org.kemu.config.EmbeddedDirectoryException} that says so, in one line (exit code 5). To other entry points, such as the benchmark harness, it offers {@link org.kemu.cli.Arguments} (options,
 * operands and pass-through settings) and {@link org.kemu.cli.CommandContext} (the application context started as a
 * command starts it). Nothing in the server depends on this package.
 */
package org.kemu.cli;
