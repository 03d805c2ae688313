package org.kemu.extraction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.kemu.format.ReportDocument;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Test inputs: disclosure texts copied into src/test/resources/extraction, and the hand-made seed reports. */
final class ExtractionFixtures {

    static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    /** One extractor for all tests: reading the classification once is enough. */
    static final DisclosureExtractor EXTRACTOR = new DisclosureExtractor();

    private ExtractionFixtures() {
    }

    static String text(String file) {
        return read("extraction/" + file);
    }

    static Extraction extract(String file) {
        return EXTRACTOR.extract(text(file), file, null);
    }

    static SourceText source(String file) {
        return SourceText.of(text(file));
    }

    /** The first line of a test text that contains the snippet as printed. */
    static SourceText.Line line(String file, String snippet) {
        return source(file).lines().stream().filter(l -> l.text().contains(snippet)).findFirst()
                .orElseThrow(() -> new AssertionError(file + " has no line with \"" + snippet + "\""));
    }

    /** The hand-made reports of a seed document (a file holds one report or an array of them). */
    static List<ReportDocument> seedReports(String file) {
        var tree = JSON.readTree(read("seed/reports/" + file));
        var reports = new ArrayList<ReportDocument>();
        if (tree.isArray()) {
            tree.forEach(node -> reports.add(JSON.treeToValue(node, ReportDocument.class)));
        } else {
            reports.add(JSON.treeToValue(tree, ReportDocument.class));
        }
        return reports;
    }

    private static String read(String path) {
        try {
            return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
