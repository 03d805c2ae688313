package org.kemu.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GraphiQL opens with one tab per query of the README's "Example queries" section. The tabs are written for the
 * editor (a bilingual title, an operation name that becomes the tab's label, indented lines), so they are kept
 * apart from the README; this test makes sure the two still ask the same questions.
 */
class GraphiqlExamplesTests {

    private static final Pattern GRAPHQL_BLOCK = Pattern.compile("```graphql\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern TAB = Pattern.compile("#\\s*(?<title>.+)\\nquery (?<name>\\w+) (?<query>\\{.*})",
            Pattern.DOTALL);
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern LATIN_WORD = Pattern.compile("\\b[A-Za-z]{3,}\\b");

    record Tab(String title, String name, String query) {}

    @Test
    void tabsAskTheReadmeQueriesInTheirOrder() throws IOException {
        var tabs = tabs().stream().map(tab -> normalised(tab.query())).toList();
        var readme = readmeExamples().stream().map(GraphiqlExamplesTests::normalised).toList();
        assertThat(tabs).containsExactlyElementsOf(readme);
    }

    @Test
    void everyTabHasABilingualTitleAndItsOwnName() throws IOException {
        for (var tab : tabs()) {
            assertThat(HAN.matcher(tab.title()).find()).as("Chinese in %s", tab.title()).isTrue();
            assertThat(LATIN_WORD.matcher(tab.title()).find()).as("English in %s", tab.title()).isTrue();
        }
        assertThat(tabs()).extracting(Tab::name).doesNotHaveDuplicates();
    }

    /** Split as the page splits it: a blank line ends a tab. */
    private static List<Tab> tabs() throws IOException {
        try (var in = GraphiqlExamplesTests.class.getResourceAsStream("/graphiql/examples.graphql")) {
            assertThat(in).as("examples.graphql on the class path").isNotNull();
            var text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Arrays.stream(text.strip().split("\\n\\s*\\n")).map(tab -> {
                var matcher = TAB.matcher(tab);
                assertThat(matcher.matches()).as("a tab is a # title line and one named query:%n%s", tab).isTrue();
                return new Tab(matcher.group("title"), matcher.group("name"), matcher.group("query"));
            }).toList();
        }
    }

    private static List<String> readmeExamples() throws IOException {
        var readme = Files.readString(Path.of("README.md"));
        var start = readme.indexOf("\n## Example queries");
        assertThat(start).as("README has an Example queries section").isNotNegative();
        var end = readme.indexOf("\n## ", start + 1);
        var section = readme.substring(start, end < 0 ? readme.length() : end);
        var queries = GRAPHQL_BLOCK.matcher(section).results().map(result -> result.group(1)).toList();
        assertThat(queries).as("README example queries").isNotEmpty();
        return queries;
    }

    /** Layout only: no whitespace next to punctuation, any other run of it one space. */
    private static String normalised(String query) {
        return query.replaceAll("\\s*([{}()\\[\\]:,])\\s*", "$1").replaceAll("\\s+", " ").strip();
    }
}
