package org.kemu.limits;

/**
 * A path other than the GraphQL endpoint's whose requests run GraphQL queries (the explorer's CSV download, for
 * one). Declared as a bean, it gets the endpoint's request-size limit and rate budgets; the engine's own limits
 * (cost, depth, caps) apply to every execution anyway.
 *
 * @param path the request path, without the context path, e.g. {@code /explore/csv}
 */
public record QueryPath(String path) {
}
