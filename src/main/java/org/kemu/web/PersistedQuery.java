package org.kemu.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code extensions.persistedQuery} of a request in the Automatic Persisted Queries convention:
 * {@code {"version": 1, "sha256Hash": "…"}}, the hash being that of the document's exact UTF-8 text.
 */
final class PersistedQuery {

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-fA-F]{64}");

    private PersistedQuery() {
    }

    /**
     * The hash a request names, in lower case, or empty when it names none. Throws {@link Refusal} when the
     * extension is there but malformed, without quoting it: a client may send anything there.
     */
    static Optional<String> hash(Map<String, Object> extensions) {
        var persisted = extensions == null ? null : extensions.get("persistedQuery");
        if (persisted == null) {
            return Optional.empty();
        }
        if (!(persisted instanceof Map<?, ?> fields)
                || !(fields.get("sha256Hash") instanceof String hash) || !SHA256_HEX.matcher(hash).matches()) {
            throw new Refusal(Refusal.Kind.INVALID,
                    "extensions.persistedQuery needs a sha256Hash of 64 hexadecimal characters");
        }
        if (!(fields.get("version") instanceof Number version) || version.intValue() != 1) {
            throw new Refusal(Refusal.Kind.INVALID, "extensions.persistedQuery.version must be 1");
        }
        return Optional.of(hash.toLowerCase());
    }

    static String sha256(String text) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Why a persisted query cannot run; each kind is an {@code extensions.code} clients act on. */
    static final class Refusal extends RuntimeException {

        /** Each kind is sent as {@code PERSISTED_QUERY_} and its name. */
        enum Kind {
            /** Apollo clients resend the document's text on this code (and on the message "PersistedQueryNotFound"). */
            NOT_FOUND,
            /** The hash does not match the text sent with it, or the extension is malformed. */
            INVALID,
            /** Trusted-documents mode: the document is not registered, and clients may not register it. */
            NOT_IN_LIST;

            String code() {
                return "PERSISTED_QUERY_" + name();
            }
        }

        private final Kind kind;

        Refusal(Kind kind, String message) {
            super(message, null, false, false);
            this.kind = kind;
        }

        Kind kind() {
            return kind;
        }
    }
}
