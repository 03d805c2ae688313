package org.kemu.readme;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kemu.support.KemuIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every query of the README with the answer printed under it: posted over HTTP as a reader would from GraphiQL,
 * and compared with the printed answer (numbers by value), so the README cannot drift from what the server says.
 */
@KemuIntegrationTest
class ReadmeExamplesIT {

    private static final Pattern FENCED = Pattern.compile("```(\\w*)\\n(.*?)```", Pattern.DOTALL);
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    @Autowired
    Environment environment;

    record Example(String query, String answer) {

        @Override
        public String toString() {
            var firstLine = query.strip().lines().findFirst().orElse("");
            return firstLine.length() > 80 ? firstLine.substring(0, 80) + "…" : firstLine;
        }
    }

    static List<Example> examples() throws IOException {
        var readme = Files.readString(Path.of("README.md"));
        var blocks = new ArrayList<String[]>();
        var matcher = FENCED.matcher(readme);
        while (matcher.find()) {
            blocks.add(new String[] {matcher.group(1), matcher.group(2)});
        }
        var examples = new ArrayList<Example>();
        for (int i = 0; i + 1 < blocks.size(); i++) {
            var query = blocks.get(i);
            var answer = blocks.get(i + 1);
            if (query[0].equals("graphql") && answer[0].equals("json") && !query[1].strip().startsWith("mutation")) {
                examples.add(new Example(query[1], answer[1]));
            }
        }
        assertThat(examples).as("README examples").hasSizeGreaterThanOrEqualTo(11);
        return examples;
    }

    @ParameterizedTest
    @MethodSource("examples")
    void answersAsPrinted(Example example) {
        var body = RestClient.create().post()
                .uri("http://127.0.0.1:" + environment.getRequiredProperty("local.server.port") + "/graphql")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("query", example.query()))
                .retrieve().body(String.class);
        var actual = JSON.readTree(body);
        var printed = JSON.readTree(example.answer());
        assertThat(actual.equals((a, b) -> sameValue(a, b) ? 0 : 1, printed))
                .as("README prints%n%s%nthe server answers%n%s", printed, actual).isTrue();
    }

    private static boolean sameValue(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return new BigDecimal(a.asString()).compareTo(new BigDecimal(b.asString())) == 0;
        }
        return a.equals(b);
    }
}
