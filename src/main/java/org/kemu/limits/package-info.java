/**
 * What a client may ask of the server: every query is measured before it runs ({@link org.kemu.limits.QueryCost},
 * over the one table of list caps and field weights in {@link org.kemu.limits.CostTable}) and refused when it is
 * too deep, too wide or too costly; lists longer than their cap are cut and the response says so; and each client
 * spends its cost from a budget that refills over time ({@link org.kemu.limits.RateLimiter}). It hooks into the
 * GraphQL engine and the HTTP layer only, so the capabilities stay unaware of it; it depends on {@code config} and
 * {@code api}. A capability that runs GraphQL queries on a path of its own declares it as a
 * {@link org.kemu.limits.QueryPath} bean, and its requests are budgeted like the endpoint's.
 */
package org.kemu.limits;
