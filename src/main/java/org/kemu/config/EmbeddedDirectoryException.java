package org.kemu.config;

import java.nio.file.Path;

/** The embedded database cannot start in its directory, for a reason an operator can act on. */
public abstract sealed class EmbeddedDirectoryException extends RuntimeException
        permits EmbeddedDatabaseInUseException, EmbeddedDirectoryNotWritableException {

    private final transient Path dataDir;

    EmbeddedDirectoryException(Path dataDir, String message, Throwable cause) {
        super(message, cause);
        this.dataDir = dataDir;
    }

    /** The directory. */
    public Path dataDir() {
        return dataDir;
    }

    /** What is wrong, in a sentence or two. */
    public abstract String explanation();

    /** What to do about it, in a sentence. */
    public abstract String remedy();
}
