/**
 * 绩效 as data: project (and whole-department) self-evaluations and their indicators, whatever kind of report
 * carries them. Offers the {@code projects} query (by unit, region, year, kind, scope, name, score range, missed
 * targets and full marks; paged and ordered), {@code Report.projects} and {@code Report.related} (a 决算 and its
 * 绩效自评 lead to each other), and to the importer {@link org.kemu.performance.IndicatorReading} and
 * {@link org.kemu.performance.ProjectScores}: the rules that read a target and an actual as quantities and decide
 * {@code met} only where the text allows (never guessed), and that take a total score only as printed or as the sum
 * of its two printed parts. The importer stores their flags on the nodes so that filters run in Cypher; the API
 * reads the texts with the same rules. Depends on the report model and the report format.
 */
package org.kemu.performance;
