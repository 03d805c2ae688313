/**
 * Turns the text of a published 部门决算 / 部门预算 / 绩效自评 (as {@code pdftotext -layout} or a Word export gives it)
 * into reports in the kemu import format, without a database: what the CLI's {@code extract} and {@code import
 * --from-text} run before anything reaches the graph.
 *
 * <p>Public API: {@link org.kemu.extraction.DisclosureExtractor#extract} gives an
 * {@link org.kemu.extraction.Extraction}, the reports ({@link org.kemu.format.ReportDocument}) with an
 * {@link org.kemu.extraction.ExtractionReport} of what was read, skipped and reconciled; text that is no disclosure
 * raises {@link org.kemu.extraction.ExtractionException}. Everything else is package-private.
 *
 * <p>The pipeline, stage by stage:
 * <ol>
 *   <li><b>Text</b>: {@code SourceText} numbers the lines and folds full-width forms; {@code LineTokenizer} splits a
 *       line into {@code Token}s (amounts, text runs, blank cells); {@code Amounts} reads amounts and unit lines.</li>
 *   <li><b>Tables and prose</b>: {@code TableFinder} locates each table by its title ({@code FoundTable}, of a
 *       {@code TableKind}); {@code TableBody} walks a table's content lines, which {@code TableRows} tells apart
 *       (headers, page numbers, notes, totals). What no table covers is {@code ProseText}; {@code DocumentHeader}
 *       reads unit, year and kind from titles and sentences.</li>
 *   <li><b>Readings</b>: one {@code Reading} (of a {@code ReadingKind}) per table or passage, holding the
 *       {@code FoundLine}s, {@code FoundFigure}s and {@code FoundThreePublic} items it states, the lines it skipped
 *       and the checks it made. Table readers: {@code FunctionTableReader}, {@code EconomicTableReader},
 *       {@code SummaryTableReader}, {@code ThreePublicTableReader}, with {@code HeaderLabels}, {@code ColumnRole},
 *       {@code ColumnAssigner} and {@code LeadingCode} for headers, columns and codes. Prose readers:
 *       {@code ProseLineReader}, {@code ProseFigureReader}, {@code ProseThreePublicReader}, with
 *       {@code ProseContext}. Codes and names resolve through {@code SubjectResolver} over {@code SubjectCatalog},
 *       the seeded {@link org.kemu.classification.ClassificationCatalog}.</li>
 *   <li><b>Assembler</b>: {@code ReportAssembler} merges the readings in order of trust into one line per subject
 *       and fund, one figure per key, one “三公” item per item and fund, recording disagreements as failed checks
 *       and as {@code Notes} flagged unreconciled.</li>
 *   <li><b>Documents</b>: {@code DisclosureExtractor} builds the {@code ReportDocument}s (with the 名词解释 that
 *       {@code GlossaryReader} reads) and the {@code ExtractionReport}.</li>
 * </ol>
 */
package org.kemu.extraction;
