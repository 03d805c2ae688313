/**
 * The one CSV reader of kemu, for the seed files: the classification ({@code org.kemu.classification}) and the
 * regions ({@code org.kemu.importing.SeedLoader}) are read with {@link org.kemu.csv.Csv}.
 */
package org.kemu.csv;
