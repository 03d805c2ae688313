/**
 * The GraphQL endpoint as HTTP sees it, around Spring for GraphQL's own handler: queries over GET (mutations
 * refused there), persisted queries in the Automatic Persisted Queries convention of Apollo clients (optionally only
 * registered, trusted documents), ETag and Cache-Control derived from the data version so that an unchanged answer
 * costs a {@code 304} and no query, and CORS for portals on other origins. Settings: {@code kemu.web.*}
 * ({@link org.kemu.config.KemuProperties.Web}). Offers the interceptors the request's document as it read it
 * ({@link org.kemu.web.ParsedDocument}), so that a request is parsed at most once.
 */
package org.kemu.web;
