/**
 * The explorer 浏览页 at {@code /explore}: a page that shows the budget as pictures — a unit's spending, two sides
 * compared, a region's roll-up, a unit over the years, its projects' performance — built only on the public GraphQL
 * API, so that a portal team can copy it. Its files live in {@code explore/} on the classpath (plain JavaScript, the
 * queries in {@code queries.graphql}); ECharts comes from its WebJar. The one server-side piece is the CSV download,
 * which runs the page's own queries through the GraphQL engine and writes them with {@code org.kemu.csv}. It declares
 * its path to {@code org.kemu.limits} as a {@link org.kemu.limits.QueryPath} so that downloads spend the same
 * budgets; it offers nothing to other packages. Off with {@code kemu.explore.enabled=false}.
 */
package org.kemu.explore;
