package org.kemu.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * A Relay cursor connection over a list ordered by a unique sort key. Cursors are opaque (base64 of
 * {@code type:key}) and keyset-based, so pages stay stable while data is added.
 */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, int totalCount) {

    public static final int DEFAULT_PAGE_SIZE = 50;
    public static final int MAX_PAGE_SIZE = 500;

    public record Edge<T>(String cursor, T node) {
    }

    public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
    }

    /** The page size a client asked for, checked against the limits. */
    public static int pageSize(Integer first) {
        if (first == null) {
            return DEFAULT_PAGE_SIZE;
        }
        if (first < 0 || first > MAX_PAGE_SIZE) {
            throw new BadInputException("first must be between 0 and " + MAX_PAGE_SIZE + ", got " + first);
        }
        return first;
    }

    /** The sort key inside a cursor of the given type, or null when no cursor was given. */
    public static String afterKey(String type, String after) {
        if (after == null || after.isEmpty()) {
            return null;
        }
        try {
            var decoded = new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8);
            if (decoded.startsWith(type + ":")) {
                return decoded.substring(type.length() + 1);
            }
        } catch (IllegalArgumentException ignored) {
            // falls through to the error below
        }
        throw new BadInputException("after: \"" + Excerpt.of(after) + "\" is not a " + type + " cursor of this API");
    }

    /**
     * Builds a page from rows fetched with one extra row beyond the page size, which tells whether a next page
     * exists without a second query.
     */
    public static <T> Connection<T> of(String type, List<T> rowsPlusOne, int pageSize, boolean hasPrevious,
                                       int totalCount, Function<T, String> sortKey) {
        var hasNext = rowsPlusOne.size() > pageSize;
        var rows = hasNext ? rowsPlusOne.subList(0, pageSize) : rowsPlusOne;
        var edges = new ArrayList<Edge<T>>(rows.size());
        for (var row : rows) {
            edges.add(new Edge<>(cursor(type, sortKey.apply(row)), row));
        }
        var start = edges.isEmpty() ? null : edges.getFirst().cursor();
        var end = edges.isEmpty() ? null : edges.getLast().cursor();
        return new Connection<>(edges, new PageInfo(hasNext, hasPrevious, start, end), totalCount);
    }

    static String cursor(String type, String key) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((type + ":" + key).getBytes(StandardCharsets.UTF_8));
    }
}
