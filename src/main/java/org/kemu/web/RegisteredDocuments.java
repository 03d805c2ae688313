package org.kemu.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.core.io.ResourceLoader;

/**
 * The documents the operator registers, by the sha256 of their exact text: GraphiQL's example tabs and any
 * further files. A file holds one document per block, blocks separated by a blank line, split the way the
 * GraphiQL page splits its examples, so that a tab run unchanged has a registered hash.
 */
record RegisteredDocuments(Map<String, String> byHash) {

    static final String GRAPHIQL_EXAMPLES = "classpath:graphiql/examples.graphql";

    static RegisteredDocuments load(ResourceLoader resources, List<String> locations) {
        var byHash = new LinkedHashMap<String, String>();
        Stream.concat(Stream.of(GRAPHIQL_EXAMPLES), locations.stream()).forEach(location -> {
            var resource = resources.getResource(location);
            try (var in = resource.getInputStream()) {
                Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip().split("\\n\\s*\\n"))
                        .filter(block -> !block.isBlank())
                        .forEach(document -> byHash.put(PersistedQuery.sha256(document), document));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the registered documents in " + location, e);
            }
        });
        return new RegisteredDocuments(Map.copyOf(byHash));
    }
}
