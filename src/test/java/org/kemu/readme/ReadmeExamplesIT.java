package org.kemu.readme;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kemu.importing.ReportImporter;
import org.kemu.importing.ReportPurge;
import org.kemu.ingest.DocumentFiles;
import org.kemu.ingest.DocumentOutcome;
import org.kemu.ingest.ImporterSink;
import org.kemu.ingest.Ingestion;
import org.kemu.ingest.Progress;
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
 * An example over documents beyond the seed names them in a comment before it ({@code <!-- ingested: FILE... -->});
 * they are ingested for that example alone, through the ingest command's own path, and removed after it.
 */
@KemuIntegrationTest
class ReadmeExamplesIT {

    private static final Pattern FENCED = Pattern.compile("```(\\w*)\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern INGESTED = Pattern.compile("<!-- ingested: (.*?) -->\\s*$");
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    @Autowired
    Environment environment;

    @Autowired
    ReportImporter importer;

    @Autowired
    ReportPurge purge;

    record Example(String query, String answer, List<String> ingested) {

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
        var end = 0;
        while (matcher.find()) {
            var before = INGESTED.matcher(readme.substring(end, matcher.start()));
            blocks.add(new String[] {matcher.group(1), matcher.group(2), before.find() ? before.group(1) : ""});
            end = matcher.end();
        }
        var examples = new ArrayList<Example>();
        for (int i = 0; i + 1 < blocks.size(); i++) {
            var query = blocks.get(i);
            var answer = blocks.get(i + 1);
            if (query[0].equals("graphql") && answer[0].equals("json") && !query[1].strip().startsWith("mutation")) {
                var ingested = query[2].isBlank() ? List.<String>of() : List.of(query[2].strip().split("\\s+"));
                examples.add(new Example(query[1], answer[1], ingested));
            }
        }
        assertThat(examples).as("README examples").hasSizeGreaterThanOrEqualTo(11);
        return examples;
    }

    @ParameterizedTest
    @MethodSource("examples")
    void answersAsPrinted(Example example) {
        var regions = ingest(example.ingested());
        try {
            assertAnswersAsPrinted(example);
        } finally {
            regions.forEach(purge::purgeRegion);
        }
    }

    /** The regions whose units the documents brought, after checking that every one of them landed. */
    private Set<String> ingest(List<String> files) {
        if (files.isEmpty()) {
            return Set.of();
        }
        var quiet = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        var summary = new Ingestion(dryRun -> new ImporterSink(importer, dryRun), Progress.to(quiet, false))
                .run(DocumentFiles.find(files), null, false, false);
        assertThat(summary.documents()).as("documents of the example").hasSize(files.size())
                .allSatisfy(document -> assertThat(document.status()).isIn(DocumentOutcome.Status.CREATED,
                        DocumentOutcome.Status.UNCHANGED));
        return summary.documents().stream().map(DocumentOutcome::regionCode).collect(Collectors.toSet());
    }

    private void assertAnswersAsPrinted(Example example) {
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
