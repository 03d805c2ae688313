/**
 * What the GraphQL controllers of every capability share: cursor {@link org.kemu.api.Connection}s for paging, the
 * exceptions that become client errors ({@link org.kemu.api.BadInputException},
 * {@link org.kemu.api.ForbiddenException}) and {@link org.kemu.api.Batches} for batch mappings. It depends
 * on no other kemu package.
 */
package org.kemu.api;
