package org.kemu.explore;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvTableTests {

    private static final String PROJECTS = """
            query { unit(id: "u") { name reports { year projects { name score: scoreText indicators { name score } } } } }
            """;

    @Test
    void onePerIndicatorWithTheObjectsAboveAndAProjectWithoutIndicatorsKept() {
        var data = Map.<String, Object>of("unit", map("name", "盐池", "reports", List.of(map("year", 2024,
                "projects", List.of(
                        map("name", "A", "score", "99.6", "indicators", List.of(map("name", "a1", "score", new BigDecimal("9.80")),
                                map("name", "a2", "score", null))),
                        map("name", "B", "score", null, "indicators", List.of()))))));
        var table = table(PROJECTS, "unit.reports.projects.indicators", data);
        assertThat(table.header()).containsExactly("unit.name", "unit.reports.year", "unit.reports.projects.name",
                "unit.reports.projects.score", "name", "score");
        assertThat(table.rows()).containsExactly(
                List.of("盐池", "2024", "A", "99.6", "a1", "9.80"),
                Arrays.asList("盐池", "2024", "A", "99.6", "a2", null),
                Arrays.asList("盐池", "2024", "B", null, null, null));
    }

    @Test
    void listsOffThePathJoinTheirValuesAndFragmentsCount() {
        var query = """
                query { rollup { ...amounts subject { code glossary { statedTerm } } } }
                fragment amounts on RollupRow { amount share }
                """;
        var data = Map.<String, Object>of("rollup", List.of(map("amount", new BigDecimal("12615180.13"), "share", 1.0E-5,
                "subject", map("code", "208", "glossary", List.of(map("statedTerm", "x"), map("statedTerm", "y"))))));
        var table = table(query, "rollup", data);
        assertThat(table.header()).containsExactly("amount", "share", "subject.code", "subject.glossary.statedTerm");
        assertThat(table.rows()).containsExactly(List.of("12615180.13", "0.000010", "208", "x; y"));
    }

    @Test
    void anEmptyAnswerStillHasItsHeader() {
        var table = table("query { compare { subject { code } left: leftText } }", "compare", Map.of("compare", List.of()));
        assertThat(table.header()).containsExactly("subject.code", "left");
        assertThat(table.rows()).isEmpty();
    }

    @Test
    void rowsMustNameAListOfObjectsTheQuerySelects() {
        assertThatThrownBy(() -> table("query { regions { code } }", "region", Map.of()))
                .hasMessageContaining("no field region");
        assertThatThrownBy(() -> table("query { regions { code } }", "regions.code", Map.of()))
                .hasMessageContaining("regions.code is a leaf");
    }

    private static CsvTable table(String query, String rows, Map<String, Object> data) {
        var document = Parser.parse(query);
        var operation = document.getDefinitionsOfType(OperationDefinition.class).getFirst();
        return CsvTable.of(document, operation, List.of(rows.split("\\.")), data);
    }

    /** A map that keeps its order and allows null values, as the engine's answers do. */
    private static Map<String, Object> map(Object... keysAndValues) {
        var map = new LinkedHashMap<String, Object>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
