/**
 * Turns a published 部门决算 / 部门预算 / 绩效自评 — a PDF, a Word .docx or .doc, a workbook of its tables, a web page, or its
 * text (as {@code pdftotext -layout} or a Word export gives it) — into reports in the kemu import format, without
 * a database: what the CLI's {@code extract} and {@code import --from-text} run before anything reaches the graph.
 *
 * <p>Public API: {@link org.kemu.extraction.DocumentText#read(java.nio.file.Path)} gives the text of a .pdf, .docx, .doc,
 * .xlsx, .xls, .html or .txt file, laid out as the pipeline reads it (PDF through Apache PDFBox, by glyph position as
 * {@code pdftotext -layout} lays it out; Word, .docx and the older binary .doc, and workbooks through Apache POI, web
 * pages through jsoup, table cells between tabs; no external program);
 * {@link org.kemu.extraction.DocumentText#readable} says whether a file's kind is one of them.
 * {@link org.kemu.extraction.DisclosureExtractor#extract(java.nio.file.Path, String)} reads a file and extracts it;
 * {@link org.kemu.extraction.DisclosureExtractor#extract(String, String, String)} extracts a text. Both give an
 * {@link org.kemu.extraction.Extraction}, the reports ({@link org.kemu.format.ReportDocument}) with an
 * {@link org.kemu.extraction.ExtractionReport} of what was read, skipped and reconciled; text that is no disclosure
 * raises {@link org.kemu.extraction.ExtractionException}, and so does a file that cannot be read (unknown kind, a
 * PDF with no text layer, encrypted, truncated or damaged), its message naming the file. Everything else is
 * package-private.
 *
 * <p>The pipeline, stage by stage:
 * <ol>
 *   <li><b>File</b>: {@code DocumentText} picks the reader by extension, and for Office files by what they hold:
 *       {@code PdfLayoutText} (a PDFBox text stripper that places each glyph at the column its x position gives,
 *       cells apart by two spaces or more, a form feed per page), {@code WordText} (.docx: paragraphs as lines,
 *       table rows as tab-separated cells), {@code OldWordText} (.doc, likewise, spans found from the cells' edges),
 *       {@code SpreadsheetText} (.xlsx, .xls: sheet after sheet, cells at their columns, amounts as displayed) or
 *       {@code WebPageText} (.html, .htm, and pages saved as .doc or .xls: blocks as lines, table rows as cells with
 *       their column and row spans); a .txt is read as UTF-8, or GBK.</li>
 *   <li><b>Text</b>: {@code SourceText} numbers the lines and folds full-width forms; {@code LineTokenizer} splits a
 *       line into {@code Token}s (amounts, text runs, blank cells); {@code Amounts} reads amounts and unit lines.</li>
 *   <li><b>Tables and prose</b>: {@code TableFinder} locates each table by its title ({@code FoundTable}, of a
 *       {@code TableKind}); {@code TableBody} walks a table's content lines, which {@code TableRows} tells apart
 *       (headers, page numbers, notes, totals). What no table covers is {@code ProseText}; {@code DocumentHeader}
 *       reads unit, year and kind from titles and sentences.</li>
 *   <li><b>Readings</b>: one {@code Reading} (of a {@code ReadingKind}) per table or passage, holding the
 *       {@code FoundLine}s, {@code FoundFigure}s and {@code FoundThreePublic} items it states, the lines it skipped
 *       and the checks it made. Table readers: {@code FunctionTableReader}, {@code EconomicTableReader},
 *       {@code SummaryTableReader} (also the 收入 tables), {@code ThreePublicTableReader} and
 *       {@code FigureTableReader} (机关运行经费 and 政府采购, kept as figures), with {@code HeaderLabels},
 *       {@code ColumnRole}, {@code ColumnAssigner} and {@code LeadingCode} for headers, columns and codes. A table
 *       that gives nothing is read as empty where it says so ({@code TableRows#emptyStatement}: "此表为空",
 *       "本部门无…") and otherwise named as not read, with the reason, in the report's notes. Prose readers:
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
