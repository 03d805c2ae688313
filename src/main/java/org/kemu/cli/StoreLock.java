package org.kemu.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Asks, before anything starts, whether another process holds an embedded database directory: Neo4j locks
 * {@code data/databases/store_lock} in it for as long as it runs. Finding that out takes milliseconds, where a start
 * that runs into the lock takes as long as building the whole application first.
 */
final class StoreLock {

    private static final Path LOCK_FILE = Path.of("data", "databases", "store_lock");
    private static final List<FileChannel> OPEN_ON_PURPOSE = new CopyOnWriteArrayList<>();

    private StoreLock() {
    }

    /** True when the directory's store lock is held now; false when it is free or the directory has none yet. */
    static boolean isHeld(Path dataDir) {
        var file = dataDir.resolve(LOCK_FILE);
        if (!Files.isRegularFile(file)) {
            return false;
        }
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.WRITE);
        } catch (IOException e) {
            // unreadable here: let the database's own start say what is wrong
            return false;
        }
        try {
            var lock = channel.tryLock();
            if (lock != null) {
                lock.release();
            }
            close(channel);
            return lock == null;
        } catch (OverlappingFileLockException e) {
            // held by a database in this very process: closing any channel to the file would release that
            // database's lock too (POSIX locks belong to the process), so this one stays open
            OPEN_ON_PURPOSE.add(channel);
            return true;
        } catch (IOException e) {
            close(channel);
            return false;
        }
    }

    private static void close(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing was locked through it
        }
    }
}
