/**
 * The one CSV reader and writer of kemu. {@link org.kemu.csv.Csv} reads the seed files, the classification
 * ({@code org.kemu.classification}) and the regions ({@code org.kemu.importing.SeedLoader});
 * {@link org.kemu.csv.CsvWriter} writes the spreadsheets the explorer ({@code org.kemu.explore}) offers for download.
 */
package org.kemu.csv;
