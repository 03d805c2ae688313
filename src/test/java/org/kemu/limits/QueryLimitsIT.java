package org.kemu.limits;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kemu.support.CypherStatementCounter;
import org.kemu.support.KemuIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/** The probes of issue 14 that once took the server down, sent over HTTP: each is refused before it runs. */
@KemuIntegrationTest
class QueryLimitsIT {

    private static final String NORMAL = "{ subject(code: \"2080109\") { name parent { code } } }";

    @Autowired
    Environment environment;

    static Stream<Arguments> probes() {
        return Stream.of(
                Arguments.of(QueryCostTests.regionCycle(6), "QUERY_TOO_COMPLEX", "region.children.parent.children.parent"),
                Arguments.of(QueryCostTests.subjectCycle(6), "QUERY_TOO_COMPLEX", "subject.children.parent.children.parent"),
                Arguments.of(QueryCostTests.descendantsCycle(3), "QUERY_TOO_COMPLEX", "subject.descendants.ancestors.descendants"),
                Arguments.of(QueryCostTests.rollupAliases(50), "TOO_MANY_ALIASES", ""),
                Arguments.of("{ region(code: \"511112\") { code" + " parent { code".repeat(16) + " }".repeat(16) + " } }",
                        "QUERY_TOO_DEEP", "region.parent.parent"));
    }

    @ParameterizedTest
    @MethodSource("probes")
    void refusesAProbeQuicklyWithoutTouchingTheDatabase(String probe, String code, String path) {
        var http = new RawGraphQl(environment);
        // timed is the refusal, not a cold connection or the first use of the checks, with other tests running beside
        http.post(NORMAL);
        http.post(probe);
        RawGraphQl.Answer answer;
        long millis;
        try (var statements = CypherStatementCounter.start()) {
            var start = System.nanoTime();
            answer = http.post(probe);
            millis = (System.nanoTime() - start) / 1_000_000;
            assertThat(statements.count()).as("Cypher statements run").isZero();
        }
        assertThat(millis).isLessThan(1000);
        assertThat(answer.body().path("data").isMissingNode() || answer.body().path("data").isNull()).isTrue();
        var errors = answer.body().path("errors");
        assertThat(errors.valueStream().map(e -> e.path("extensions").path("code").asString())).contains(code);
        var error = errors.valueStream().filter(e -> e.path("extensions").path("code").asString().equals(code))
                .findFirst().orElseThrow();
        assertThat(error.path("message").asString()).contains("kemu.limits.");
        assertThat(error.path("extensions").path("actual").asLong())
                .isGreaterThan(error.path("extensions").path("limit").asLong());
        assertThat(error.path("extensions").path("path").asString("")).startsWith(path);
        assertThat(http.post(NORMAL).body().path("data").path("subject").path("name").asString()).isEqualTo("社会保险经办机构");
    }

    @Test
    void fiftyAliasesOfAnAllDataRollUpAreAlsoTooCostly() {
        var answer = new RawGraphQl(environment).post(QueryCostTests.rollupAliases(50));
        assertThat(answer.body().path("errors").valueStream().map(e -> e.path("extensions").path("code").asString()))
                .containsExactly("TOO_MANY_ALIASES", "QUERY_TOO_COMPLEX");
    }

    @Test
    void refusesATwoMegabyteDocumentBeforeParsingIt() {
        var padding = "# " + "x".repeat(1000) + "\n";
        var document = padding.repeat(2 * 1024) + NORMAL;
        var answer = new RawGraphQl(environment).post(document);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.code()).isEqualTo("DOCUMENT_TOO_LARGE");
        assertThat(answer.body().path("errors").path(0).path("message").asString())
                .contains("bytes, over the limit of 65,536", "kemu.limits.max-document-bytes");
    }

    @Test
    void saysWhenAListIsCutAtItsCap() {
        var answer = new RawGraphQl(environment).post("{ regions(search: \"县\") { code } }");
        assertThat(answer.body().path("data").path("regions").size()).isEqualTo(500);
        assertThat(answer.body().path("extensions").path("truncated").toString())
                .isEqualTo("[{\"path\":[\"regions\"],\"cap\":500}]");
        var under = new RawGraphQl(environment).post("{ regions(search: \"五通桥\") { code } }");
        assertThat(under.body().has("extensions")).as("nothing cut, nothing said").isFalse();
    }
}
