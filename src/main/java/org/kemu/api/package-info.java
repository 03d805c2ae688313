/**
 * What the GraphQL controllers of every capability share: cursor {@link org.kemu.api.Connection}s for paging, the
 * exceptions that become client errors ({@link org.kemu.api.BadInputException},
 * {@link org.kemu.api.ForbiddenException}), {@link org.kemu.api.Excerpt} for quoting a client's value in a message,
 * and {@link org.kemu.api.Batches} for batch mappings; it resolves every {@code xText} field of the schema, the exact
 * text of a decimal, and shortens the long messages of any error. It depends on no other kemu package.
 */
package org.kemu.api;
