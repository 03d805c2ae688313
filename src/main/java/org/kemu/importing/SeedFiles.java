package org.kemu.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

import org.kemu.classification.ClassificationCatalog;
import org.kemu.classification.Scheme;
import org.kemu.region.RegionCatalog;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The seed's files on the classpath as one version: its report documents, and the checksum over them, the
 * classification, the regions and the graph model, which a database records ({@link #STATE_NAME}) once it holds
 * exactly this version. The seed load and a bulk first load both write it.
 */
final class SeedFiles {

    /** The name of the {@code SeedState} node that records the version a database holds. */
    static final String STATE_NAME = "seed";

    private static final PathMatchingResourcePatternResolver RESOURCES = new PathMatchingResourcePatternResolver();

    private SeedFiles() {
    }

    /** The seed's report documents in file-name order, the order they are loaded in. */
    static List<ReportImporter.Input> reports() {
        try {
            return Arrays.stream(RESOURCES.getResources("classpath*:seed/reports/*.json"))
                    .sorted(Comparator.comparing(Resource::getFilename))
                    .map(resource -> new ReportImporter.Input(resource.getFilename(), text(resource)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The checksum of this version of the seed, with {@code reports} as {@link #reports()} gave them. */
    static String checksum(List<ReportImporter.Input> reports) {
        var digest = sha256();
        digest.update(ReportRows.GRAPH_MODEL_VERSION.getBytes(StandardCharsets.UTF_8));
        for (var scheme : Scheme.values()) {
            digest.update(read(ClassificationCatalog.file(scheme)).getBytes(StandardCharsets.UTF_8));
        }
        digest.update(read(RegionCatalog.FILE).getBytes(StandardCharsets.UTF_8));
        for (var report : reports) {
            digest.update(report.json().getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String read(String path) {
        return text(RESOURCES.getResource("classpath:" + path));
    }

    private static String text(Resource resource) {
        try (var in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read seed file " + resource.getDescription(), e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
