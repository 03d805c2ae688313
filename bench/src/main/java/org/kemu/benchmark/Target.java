package org.kemu.benchmark;

import java.util.Map;

/** Something that answers the benchmark shapes: kemu over HTTP, raw Cypher, or the peer GraphQL server. */
interface Target {

    String name();

    /** Whether the target can run the shape at all. */
    boolean supports(Shape shape);

    /** Sends the shape's query once and reduces the answer to comparable rows (code → 分, or a count). */
    Map<String, Long> answer(Shape shape) throws Exception;

    /** Sends the shape's query once, reading the whole answer. */
    default void send(Shape shape) throws Exception {
        answer(shape);
    }
}
