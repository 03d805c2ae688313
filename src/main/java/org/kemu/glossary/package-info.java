/**
 * The 名词解释 (glossary) sections of the reports: definitions stored verbatim and grouped under terms, searchable
 * and linked to subjects and reports in the API. Offers others {@link org.kemu.glossary.TermKeys}, which the
 * importer uses to key the definitions it writes.
 */
package org.kemu.glossary;
