package org.kemu.config;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The embedded database's directory cannot be created or written: checked before Neo4j starts, which would
 * otherwise fail with pages of its own logging errors.
 */
public final class EmbeddedDirectoryNotWritableException extends EmbeddedDirectoryException {

    private final String reason;

    private EmbeddedDirectoryNotWritableException(Path dataDir, String reason, Throwable cause) {
        super(dataDir, "the embedded database directory " + dataDir + " cannot be created or written (" + reason + ")",
                cause);
        this.reason = reason;
    }

    /** Creates the directory if it is missing, and fails when it cannot be created or written. */
    public static void requireWritable(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new EmbeddedDirectoryNotWritableException(dataDir, reason(e), e);
        }
        if (!Files.isWritable(dataDir)) {
            throw new EmbeddedDirectoryNotWritableException(dataDir, "not writable by this user", null);
        }
    }

    /** Why the file system refused, in words rather than an exception's name. */
    private static String reason(IOException failure) {
        return switch (failure) {
            case AccessDeniedException denied -> "permission denied: " + denied.getFile();
            case FileAlreadyExistsException exists -> exists.getFile() + " exists and is not a directory";
            case NoSuchFileException missing -> missing.getFile() + " cannot be created there";
            case FileSystemException other when other.getReason() != null -> other.getFile() + ": " + other.getReason();
            default -> String.valueOf(failure.getMessage());
        };
    }

    @Override
    public String explanation() {
        return "The embedded database directory " + dataDir() + " cannot be created or written (" + reason + ").";
    }

    @Override
    public String remedy() {
        return "Create it and let the user running kemu write to it, or choose another directory"
                + " (--kemu.neo4j.embedded.data-dir=DIR, or KEMU_NEO4J_EMBEDDED_DATA_DIR), or use an external Neo4j"
                + " (SPRING_NEO4J_URI).";
    }
}
