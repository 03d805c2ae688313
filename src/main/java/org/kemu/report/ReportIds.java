package org.kemu.report;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Consumer;

/**
 * The ids of units and reports. They are derived from what a document states (region, unit name, year, kind), so
 * the same document gets the same ids in every database and a re-import finds what it replaces.
 */
public final class ReportIds {

    private static final int NAME_DIGEST_LENGTH = 8;

    private ReportIds() {
    }

    /** A unit's id: its region code and a digest of its name. */
    public static String unitId(String regionCode, String name) {
        return regionCode + "-" + sha256(name.strip()).substring(0, NAME_DIGEST_LENGTH);
    }

    /** A report's id: its unit, year and kind. */
    public static String reportId(String unitId, int year, ReportKind kind) {
        return reportId(unitId, year, kind.name());
    }

    /** A report's id from the kind as a document states it (already validated). */
    public static String reportId(String unitId, Integer year, String kind) {
        return unitId + ":" + year + ":" + kind;
    }

    /** The hex SHA-256 of a text's UTF-8 bytes. */
    public static String sha256(String text) {
        return HexFormat.of().formatHex(newSha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** The hex SHA-256 of the bytes {@code write} puts out, digested as they come rather than held. */
    public static String sha256(Consumer<OutputStream> write) {
        var digest = newSha256();
        write.accept(new DigestOutputStream(OutputStream.nullOutputStream(), digest));
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
