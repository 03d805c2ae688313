package org.kemu.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

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
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
