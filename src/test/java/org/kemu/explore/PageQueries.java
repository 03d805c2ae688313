package org.kemu.explore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.core.io.ClassPathResource;

/** The explorer's own queries, by operation name, read from the file the page reads. */
final class PageQueries {

    private static final Pattern NAME = Pattern.compile("(?m)^query\\s+(\\w+)");

    private PageQueries() {
    }

    static Map<String, String> load() {
        String text;
        try {
            text = new ClassPathResource("explore/queries.graphql").getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var queries = new LinkedHashMap<String, String>();
        // as the page splits it: operations are separated by blank lines
        Arrays.stream(text.split("\\n\\s*\\n")).forEach(block -> {
            var found = NAME.matcher(block);
            if (found.find()) {
                queries.put(found.group(1), block.strip());
            }
        });
        return queries;
    }
}
