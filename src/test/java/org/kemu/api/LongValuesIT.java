package org.kemu.api;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kemu.support.KemuIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A megabyte sent where a code, id, name or enum is expected comes back as an error of a few hundred bytes that
 * still says which argument or field was wrong, with no stack trace and no Cypher.
 */
@KemuIntegrationTest
class LongValuesIT {

    private static final String MEGABYTE = "X".repeat(1_000_000);
    private static final int SMALL = 600;

    @Autowired
    Environment environment;

    @Test
    void aHugeCode() {
        var answer = post("query($c: String!) { subject(code: $c) { code } }", Map.of("c", MEGABYTE));
        assertSmall(answer).contains("\"path\":[\"subject\"]").contains("is not a FUNCTION").contains("(1000000 characters)");
    }

    @Test
    void aHugeUnitIdAndRegionCode() {
        assertSmall(post("query($id: ID!) { unit(id: $id) { name } }", Map.of("id", MEGABYTE)))
                .contains("unknown unit id").contains("\"path\":[\"unit\"]");
        assertSmall(post("query($c: String!) { region(code: $c) { name } }", Map.of("c", MEGABYTE)))
                .contains("is not a region code").contains("\"path\":[\"region\"]");
        assertSmall(post("query($ids: [ID!]) { rollup(filter: {unitIds: $ids}, level: CLASS) { amount } }",
                Map.of("ids", List.of(MEGABYTE, "Y".repeat(1000))))).contains("unknown unit ids").contains("\"path\":[\"rollup\"]");
    }

    @Test
    void aHugeCursor() {
        assertSmall(post("query($a: String) { units(after: $a) { totalCount } }", Map.of("a", MEGABYTE)))
                .contains("after:").contains("\"path\":[\"units\"]");
    }

    @Test
    void aHugeSearchFindsNothingQuietly() {
        assertSmall(post("query($s: String) { units(search: $s) { totalCount } }", Map.of("s", MEGABYTE)))
                .isEqualTo("{\"data\":{\"units\":{\"totalCount\":0}}}");
    }

    @Test
    void aHugeEnumValue() {
        assertSmall(post("query($s: Scheme) { subject(code: \"208\", scheme: $s) { code } }", Map.of("s", MEGABYTE)))
                .contains("Variable 's' has an invalid value").contains("'Scheme'");
        assertSmall(post("{ subject(code: \"208\", scheme: " + "Z".repeat(60_000) + ") { code } }", Map.of()))
                .contains("argument 'scheme'").contains("characters)");
    }

    @Test
    void aHugeFieldNameOrToken() {
        assertSmall(post("{ " + "f".repeat(60_000) + " }", Map.of())).contains("FieldUndefined").contains("characters)");
        assertSmall(post("{ subject(code: 208" + "9".repeat(60_000) + "x) { code } }", Map.of())).contains("characters)");
        assertSmall(post("{ " + "f".repeat(900_000) + " }", Map.of())).contains("DOCUMENT_TOO_LARGE");
    }

    @Test
    void aHugeValueInAnImportedDocument() {
        var document = Map.of("format", "kemu-report/1", "unit", Map.of("name", "长值测试单位", "regionCode", "32"),
                "year", 2019, "kind", "BUDGET", "source", Map.of("document", "long.txt"), "amountUnit", "元",
                "lines", List.of(Map.of("scheme", "FUNCTION", "code", MEGABYTE, "fund", "ALL", "total", 1)));
        var answer = RestClient.create().post().uri(graphqlUri())
                .header("X-Api-Key", KemuIntegrationTest.API_KEY)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("query", "mutation($d: [JSON!]!) { importReports(documents: $d, dryRun: true) { ok problems { value message } } }",
                        "variables", Map.of("d", List.of(document))))
                .retrieve().body(String.class);
        assertSmall(answer).contains("\"ok\":false").contains("X".repeat(64) + "…(1000000 characters)");
    }

    private static org.assertj.core.api.AbstractStringAssert<?> assertSmall(String answer) {
        return assertThat(answer).hasSizeLessThan(SMALL)
                .doesNotContain("MATCH ").doesNotContain("Exception").doesNotContain("\tat ");
    }

    private String post(String query, Map<String, Object> variables) {
        return RestClient.create().post().uri(graphqlUri())
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("query", query, "variables", variables))
                .retrieve().body(String.class);
    }

    private String graphqlUri() {
        return "http://127.0.0.1:" + environment.getRequiredProperty("local.server.port") + "/graphql";
    }
}
