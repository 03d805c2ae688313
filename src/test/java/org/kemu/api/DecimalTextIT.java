package org.kemu.api;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.kemu.support.CypherStatementCounter;
import org.kemu.support.KemuIntegrationTest;
import org.kemu.support.SeedUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every {@code xText} field answers its number's exact text, scale included, with the number's arguments, and asking
 * for the texts adds no database statement.
 */
@KemuIntegrationTest
class DecimalTextIT {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    /**
     * Every decimal field of the schema next to its text, over all seed reports (projects of the two reports that
     * have them, so the query stays under the cost limit); aliases pair up as x and xText.
     */
    private static final String EVERY_DECIMAL = """
            { units(first: 10) { edges { node { reports {
                total totalText basic: total(measure: BASIC) basicText: totalText(measure: BASIC)
                wan: total(unit: WAN_YUAN) wanText: totalText(unit: WAN_YUAN) perStaff perStaffText
                lines { amount amountText wan: amount(unit: WAN_YUAN) wanText: amountText(unit: WAN_YUAN)
                        project: amount(measure: PROJECT) projectText: amountText(measure: PROJECT)
                        personnel personnelText publicUse publicUseText }
                figures { amount amountText wan: amount(unit: WAN_YUAN) wanText: amountText(unit: WAN_YUAN) }
                counts { value valueText }
                threePublic { budget budgetText actual actualText details { amount amountText } }
                checks { expected expectedText actual actualText difference differenceText } } } } }
              panzhihua: report(unitId: "5104-aea3c84f", year: 2024, kind: PERFORMANCE) { ...projects }
              shuangpai: report(unitId: "431123-a3775e7b", year: 2024, kind: PERFORMANCE) { ...projects }
              rollup(filter: {regionCodes: ["51"], years: [2024]}, level: ITEM, groupBy: [UNIT]) {
                amount amountText perStaff perStaffText }
              compare(left: {unitIds: ["640323-043f0355"], years: [2024]}, right: {unitIds: ["511112-3e3a6bec"], years: [2024]},
                      level: CLASS, unit: WAN_YUAN) { left leftText right rightText delta deltaText } }
            fragment projects on Report {
                projects { budgetInitial budgetInitialText budgetAdjusted budgetAdjustedText executed executedText
                           score scoreText maxScore maxScoreText
                           funds { budgetInitial budgetInitialText budgetAdjusted budgetAdjustedText executed executedText }
                           indicators { weight weightText score scoreText } } }
            """;

    @Autowired
    Environment environment;

    @Test
    void everyTextIsItsNumberExactly() {
        var answer = post(EVERY_DECIMAL);
        assertThat(answer.has("errors")).as("errors in %s", answer).isFalse();
        var compared = new HashSet<String>();
        var nonNull = new HashSet<String>();
        compare(answer.get("data"), compared, nonNull);
        assertThat(compared).containsAll(Set.of("totalText", "perStaffText", "amountText", "personnelText",
                "publicUseText", "valueText", "budgetText", "actualText", "budgetInitialText", "budgetAdjustedText",
                "executedText", "scoreText", "maxScoreText", "weightText", "expectedText", "differenceText",
                "leftText", "rightText", "deltaText", "wanText", "basicText", "projectText"));
        assertThat(nonNull).containsAll(Set.of("totalText", "perStaffText", "amountText", "valueText", "budgetText",
                "actualText", "budgetInitialText", "executedText", "scoreText", "maxScoreText", "weightText",
                "expectedText", "differenceText", "leftText", "rightText", "deltaText", "wanText"));
    }

    @Test
    void aTextKeepsTheScaleThatAFloatLoses() {
        var answer = post("""
                { rollup(filter: {regionCodes: ["51"], years: [2024]}, level: ITEM, under: "2080109", groupBy: [UNIT]) {
                    unit { name } amount amountText } }""");
        assertThat(answer.at("/data/rollup/0/amountText").asString()).isEqualTo("1399700.00");
        assertThat(answer.at("/data/rollup/1/amountText").asString()).isEqualTo("7360900.00");
    }

    @Test
    void textsCostNoStatement() {
        var unit = SeedUnit.WUTONGQIAO.id();
        var numbers = "{ report(unitId: \"" + unit + "\", year: 2024) { total perStaff lines { amount } figures { amount }"
                + " threePublic { actual details { amount } } projects { executed funds { executed } indicators { score } } } }";
        var texts = numbers.replace("total ", "totalText ").replace("perStaff ", "perStaffText ")
                .replace("amount ", "amountText ").replace("actual ", "actualText ").replace("executed ", "executedText ")
                .replace("score ", "scoreText ");
        var both = numbers.replace("total ", "total totalText ").replace("amount ", "amount amountText ");
        assertThat(statements(texts)).isEqualTo(statements(numbers));
        assertThat(statements(both)).isEqualTo(statements(numbers));
        var rollup = "{ rollup(filter: {regionCodes: [\"51\"], years: [2024]}, level: CLASS, groupBy: [UNIT]) { amount perStaff } }";
        assertThat(statements(rollup.replace("perStaff", "perStaffText"))).isEqualTo(statements(rollup));
        assertThat(post(rollup.replace("perStaff", "perStaffText")).at("/data/rollup/0/perStaffText").isString()).isTrue();
    }

    private int statements(String query) {
        try (var counter = CypherStatementCounter.start()) {
            assertThat(post(query).has("errors")).as(query).isFalse();
            return counter.count();
        }
    }

    private static void compare(JsonNode node, Set<String> compared, Set<String> nonNull) {
        if (node.isArray()) {
            node.forEach(element -> compare(element, compared, nonNull));
        } else if (node.isObject()) {
            for (var entry : node.properties()) {
                var name = entry.getKey();
                if (name.endsWith("Text")) {
                    var number = node.get(name.substring(0, name.length() - "Text".length()));
                    assertThat(number).as("number beside %s", name).isNotNull();
                    var text = entry.getValue();
                    if (number.isNull()) {
                        assertThat(text.isNull()).as("%s beside a null number", name).isTrue();
                    } else {
                        assertThat(text.asString()).as(name).isEqualTo(number.decimalValue().toPlainString());
                        nonNull.add(name);
                    }
                    compared.add(name);
                } else {
                    compare(entry.getValue(), compared, nonNull);
                }
            }
        }
    }

    private JsonNode post(String query) {
        var body = RestClient.create().post()
                .uri("http://127.0.0.1:" + environment.getRequiredProperty("local.server.port") + "/graphql")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("query", query))
                .retrieve().body(String.class);
        return JSON.readTree(body);
    }
}
