/**
 * What the GraphQL controllers of every capability share: cursor {@link org.kemu.api.Connection}s for paging, the
 * exceptions that become client errors ({@link org.kemu.api.BadInputException},
 * {@link org.kemu.api.ForbiddenException}), {@link org.kemu.api.Excerpt} for quoting a client's value in a message,
 * {@link org.kemu.api.Batches} for batch mappings, and {@link org.kemu.api.CopiedReferenceData} for lookups served from
 * an in-memory copy of reference data; it resolves every {@code xText} field of the schema, the exact
 * text of a decimal, and shortens the long messages of any error. It depends on no other kemu package.
 */
package org.kemu.api;
