/**
 * How the server is put together: the {@code kemu.*} settings ({@link org.kemu.config.KemuProperties}), the Neo4j
 * started in the process when no external database is configured (whose failure turns liveness DOWN, and whose
 * directory, held by another process or not writable, ends a start with one explanation: {@link
 * org.kemu.config.EmbeddedDirectoryException}, which the commands also use), the deadline that bounds a shutdown,
 * the GraphQL scalars and controller invocation, driver logging, the offline GraphiQL page and the management port's
 * default (and the explanation when another process holds that port). Other packages take their settings from
 * {@code KemuProperties} by constructor injection rather than reading properties themselves.
 */
package org.kemu.config;
