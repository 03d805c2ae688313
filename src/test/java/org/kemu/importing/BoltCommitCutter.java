package org.kemu.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A loopback TCP proxy in front of a Neo4j Bolt port that fails the next commit the way a network or a dying
 * database does, with a real driver and a real database on either side: it spots the driver's COMMIT message and
 * cuts the connection after the database has committed but before its answer arrives, or before the message
 * reaches the database, or cuts it after the commit and then refuses every connection, as a database that went
 * away would.
 */
final class BoltCommitCutter implements AutoCloseable {

    /** Where the next commit is cut. */
    enum Cut { AFTER_COMMIT, BEFORE_COMMIT, AFTER_COMMIT_THEN_GONE }

    // in Bolt a COMMIT is one chunk of two bytes (a struct of no fields, signature 0x12) and the end-of-message marker
    private static final byte[] COMMIT = {0x00, 0x02, (byte) 0xB0, 0x12, 0x00, 0x00};

    private final ServerSocket listener;
    private final String upstreamHost;
    private final int upstreamPort;
    private final AtomicReference<Cut> armed = new AtomicReference<>();
    private final AtomicBoolean fired = new AtomicBoolean();
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();

    BoltCommitCutter(URI bolt) throws IOException {
        this.upstreamHost = bolt.getHost();
        this.upstreamPort = bolt.getPort() == -1 ? 7687 : bolt.getPort();
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().name("bolt-cutter-accept").start(this::accept);
    }

    URI uri() {
        return URI.create("bolt://" + listener.getInetAddress().getHostAddress() + ":" + listener.getLocalPort());
    }

    void arm(Cut cut) {
        fired.set(false);
        armed.set(cut);
    }

    /** Whether the armed cut happened: a test that expects a failed commit checks that it met one. */
    boolean fired() {
        return fired.get();
    }

    @Override
    public void close() {
        closeQuietly(listener);
        open.forEach(BoltCommitCutter::closeQuietly);
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                var client = listener.accept();
                var server = new Socket(upstreamHost, upstreamPort);
                open.add(client);
                open.add(server);
                var swallowAnswer = new AtomicReference<Cut>();
                Thread.ofVirtual().start(() -> toDatabase(client, server, swallowAnswer));
                Thread.ofVirtual().start(() -> toDriver(client, server, swallowAnswer));
            } catch (IOException e) {
                // the listener was closed: the database is "gone"
            }
        }
    }

    private void toDatabase(Socket client, Socket server, AtomicReference<Cut> swallowAnswer) {
        try (InputStream in = client.getInputStream(); OutputStream out = server.getOutputStream()) {
            var buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) != -1; ) {
                var cut = armed.get();
                var at = cut == null ? -1 : indexOf(buffer, n, COMMIT);
                if (at >= 0 && armed.compareAndSet(cut, null)) {
                    fired.set(true);
                    if (cut == Cut.BEFORE_COMMIT) {
                        out.write(buffer, 0, at);
                        out.flush();
                        closeBoth(client, server);
                        return;
                    }
                    swallowAnswer.set(cut);
                }
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            closeBoth(client, server);
        }
    }

    private void toDriver(Socket client, Socket server, AtomicReference<Cut> swallowAnswer) {
        try (InputStream in = server.getInputStream(); OutputStream out = client.getOutputStream()) {
            var buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) != -1; ) {
                var cut = swallowAnswer.get();
                if (cut != null) {
                    // the database has committed and answered; the driver never hears it
                    if (cut == Cut.AFTER_COMMIT_THEN_GONE) {
                        close();
                    }
                    closeBoth(client, server);
                    return;
                }
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            closeBoth(client, server);
        }
    }

    private void closeBoth(Socket client, Socket server) {
        closeQuietly(client);
        closeQuietly(server);
        open.remove(client);
        open.remove(server);
    }

    private static int indexOf(byte[] buffer, int length, byte[] pattern) {
        outer:
        for (int i = 0; i + pattern.length <= length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (buffer[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // already closed
        }
    }
}
