package org.kemu.limits;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import graphql.language.Document;
import graphql.language.FragmentDefinition;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kemu.config.KemuProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

class QueryCostTests {

    /** The limits a server has when nothing is configured. */
    static final KemuProperties.Limits DEFAULTS = new Binder(new MapConfigurationPropertySource())
            .bindOrCreate("kemu", KemuProperties.class).limits();

    /** The cycles that took the server down before limits (issue 14), as {@link QueryLimitsIT} sends them too. */
    static String regionCycle(int times) {
        return "{ region(code: \"51\") { code " + "children { code parent { code ".repeat(times) + "}}".repeat(times) + " } }";
    }

    static String subjectCycle(int times) {
        return "{ subject(code: \"208\") { code " + "children { code parent { code ".repeat(times) + "}}".repeat(times) + " } }";
    }

    static String descendantsCycle(int times) {
        return "{ subject(code: \"208\") { code " + "descendants { code ancestors { code ".repeat(times) + "}}".repeat(times) + " } }";
    }

    static String rollupAliases(int aliases) {
        var query = new StringBuilder("{");
        for (int i = 0; i < aliases; i++) {
            query.append(" r").append(i).append(": rollup(filter: {}, level: ITEM, groupBy: [SUBJECT, UNIT, REGION, YEAR])")
                    .append(" { subject { code } unit { id } region { code } year amount }");
        }
        return query.append(" }").toString();
    }

    static List<String> knownQueries() throws IOException {
        var queries = new ArrayList<String>();
        var readme = Files.readString(Path.of("README.md"));
        // a query printed with an error for its answer is there to show the limits, not to pass them
        var fenced = Pattern.compile("```graphql\\n(.*?)```(\\s*```json\\n(.*?)```)?", Pattern.DOTALL).matcher(readme);
        while (fenced.find()) {
            if (fenced.group(3) == null || !fenced.group(3).contains("\"errors\"")) {
                queries.add(fenced.group(1));
            }
        }
        try (var documents = Files.list(Path.of("src/test/resources/graphql-test"))) {
            documents.sorted().forEach(file -> queries.add(Schemas.read(file)));
        }
        queries.add(Schemas.read(Path.of("src/main/resources/graphiql/examples.graphql")));
        return queries;
    }

    @ParameterizedTest
    @MethodSource("knownQueries")
    void everyExampleAndTestQueryPassesWithRoomToSpare(String document) {
        var parsed = Parser.parse(document);
        for (var operation : parsed.getDefinitionsOfType(OperationDefinition.class)) {
            var cost = measure(parsed, operation, Map.of());
            assertThat(cost.cost()).as("cost of %s", operation.getName()).isLessThanOrEqualTo(DEFAULTS.maxCost() / 3);
            assertThat(cost.depth()).as("depth").isLessThanOrEqualTo(DEFAULTS.maxDepth() / 2);
            assertThat(cost.fields()).as("fields").isLessThanOrEqualTo(DEFAULTS.maxFields() / 10);
            assertThat(cost.aliases()).as("aliases").isLessThanOrEqualTo(DEFAULTS.maxAliases() / 3);
        }
    }

    @Test
    void cyclesBetweenParentsAndChildrenCostMoreThanAnyLimitAllows() {
        var regions = measure(regionCycle(6));
        assertThat(regions.cost()).isGreaterThan(1_000_000_000_000L);
        assertThat(regions.costliestPath()).startsWith("region.children.parent.children.parent.children");
        assertThat(measure(subjectCycle(5)).cost()).isGreaterThan(DEFAULTS.maxCost() * 1000);
        var descendants = measure(descendantsCycle(3));
        assertThat(descendants.cost()).isGreaterThan(DEFAULTS.maxCost() * 1000);
        assertThat(descendants.costliestPath()).isEqualTo("subject.descendants.ancestors.descendants.ancestors.descendants.ancestors");
        assertThat(measure(regionCycle(50)).cost()).as("saturates instead of overflowing").isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void aRollupWeighsAsAnAggregationAndAsTheRowsItMayReturn() {
        var one = measure(rollupAliases(1));
        assertThat(one.cost()).isEqualTo(100_000 + 2000 * (1 + 1 + 1 + 1));
        assertThat(one.cost()).isLessThan(DEFAULTS.maxCost());
        var fifty = measure(rollupAliases(50));
        assertThat(fifty.cost()).isEqualTo(50 * one.cost()).isGreaterThan(DEFAULTS.maxCost());
        assertThat(fifty.aliases()).isEqualTo(50);
        assertThat(fifty.costliestPath()).isEqualTo("r0.subject");
    }

    @Test
    void aPageCountsAsItsFirstArgumentFromALiteralOrAVariable() {
        var query = "query($n: Int) { units(first: $n) { totalCount edges { node { id region { code } } } } }";
        var parsed = Parser.parse(query);
        var operation = parsed.getDefinitionsOfType(OperationDefinition.class).getFirst();
        assertThat(measure(parsed, operation, Map.of("n", 10)).cost()).isEqualTo(1 + 10 * (1 + 1 + 1));
        assertThat(measure(parsed, operation, Map.of()).cost()).as("default page").isEqualTo(1 + 50 * 3);
        assertThat(measure(parsed, operation, Map.of("n", 1_000_000)).cost()).as("refused later anyway")
                .isEqualTo(1 + 500 * 3);
        assertThat(measure("{ units(first: 2) { edges { node { id } } } }").cost()).isEqualTo(1 + 2 * 2);
    }

    @Test
    void fragmentsCountWhereTheyAreSpreadAndIntrospectionIsFree() {
        var cost = measure("""
                { __schema { types { name fields { name } } } a: subject(code: "208") { ...tree } b: subject(code: "210") { ...tree } }
                fragment tree on Subject { code children { code } }
                """);
        assertThat(cost.cost()).isEqualTo(2 * (1 + 100));
        assertThat(cost.fields()).isEqualTo(2 * 4);
        assertThat(cost.depth()).isEqualTo(3);
        assertThat(cost.deepestPath()).isEqualTo("a.children.code");
    }

    @Test
    void countingFieldsStopsJustPastTheLimit() {
        var bomb = new StringBuilder("{ subject(code: \"208\") { ...f0 } }\n");
        for (int i = 0; i < 30; i++) {
            bomb.append("fragment f").append(i).append(" on Subject { code ")
                    .append(i < 29 ? "a: parent { ...f" + (i + 1) + " } b: parent { ...f" + (i + 1) + " }" : "")
                    .append(" }\n");
        }
        var cost = measure(bomb.toString());
        assertThat(cost.fields()).isEqualTo(DEFAULTS.maxFields() + 1);
    }

    private static QueryCost measure(String query) {
        var parsed = Parser.parse(query);
        return measure(parsed, parsed.getDefinitionsOfType(OperationDefinition.class).getFirst(), Map.of());
    }

    private static QueryCost measure(Document document, OperationDefinition operation, Map<String, Object> variables) {
        var fragments = new java.util.HashMap<String, FragmentDefinition>();
        document.getDefinitionsOfType(FragmentDefinition.class).forEach(f -> fragments.put(f.getName(), f));
        return QueryCost.of(Schemas.KEMU, operation, fragments, variables, DEFAULTS.maxFields());
    }
}
