/**
 * The 政府收支分类科目: the schemes kemu holds ({@link org.kemu.classification.Scheme}), their subjects as a tree of
 * 类/款/项 and the GraphQL queries over it.
 *
 * <p>What it offers the rest of kemu:
 * <ul>
 *   <li>{@link org.kemu.classification.ClassificationCatalog}: the classification as the seed files state it, read
 *       once from the classpath; the seed loader writes these rows to the graph, and the extractor resolves against
 *       them without a database.</li>
 *   <li>{@link org.kemu.classification.ClassificationService}: subjects as the graph holds them (lookups by code,
 *       parents, ancestors, children, pages) and {@code upsert} to write them.</li>
 *   <li>{@link org.kemu.classification.SubjectNameResolver}: subjects from printed paths of names or bracketed
 *       codes, for imports that state names instead of codes.</li>
 *   <li>{@link org.kemu.classification.NameNormalizer}: the one way names are compared; {@code key} is the form
 *       subjects are looked up by (normalized, without a trailing 支出).</li>
 * </ul>
 */
package org.kemu.classification;
