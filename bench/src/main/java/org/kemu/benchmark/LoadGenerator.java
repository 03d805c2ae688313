package org.kemu.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs one request repeatedly from a fixed number of threads for a fixed time and records every latency: closed
 * loop, each thread sends its next request when the previous answer is in, as a page of a portal would.
 */
final class LoadGenerator {

    /** One request; throws on any failure (an error answer counts as an error, not as a fast response). */
    @FunctionalInterface
    interface Request {
        void send() throws Exception;
    }

    private LoadGenerator() {
    }

    /** The latencies and errors of one stretch of load; stretches of the same cell add up. */
    record Sample(int concurrency, long[] nanos, int errors, double seconds) {

        static Sample empty(int concurrency) {
            return new Sample(concurrency, new long[0], 0, 0);
        }

        Sample plus(Sample other) {
            var joined = Arrays.copyOf(nanos, nanos.length + other.nanos.length);
            System.arraycopy(other.nanos, 0, joined, nanos.length, other.nanos.length);
            return new Sample(concurrency, joined, errors + other.errors, seconds + other.seconds);
        }

        LatencyStats stats() {
            return LatencyStats.of(concurrency, nanos, errors, seconds);
        }
    }

    static LatencyStats measure(Request request, int concurrency, double seconds, double warmupSeconds) {
        run(request, concurrency, warmupSeconds);
        return run(request, concurrency, seconds).stats();
    }

    static Sample run(Request request, int concurrency, double seconds) {
        var perThread = new ArrayList<long[]>();
        var counts = new int[concurrency];
        var errors = new AtomicInteger();
        var done = new CountDownLatch(concurrency);
        var started = System.nanoTime();
        var deadline = started + (long) (seconds * 1e9);
        for (int t = 0; t < concurrency; t++) {
            var latencies = new long[1 << 16];
            perThread.add(latencies);
            var index = t;
            Thread.ofPlatform().daemon().name("bench-" + t).start(() -> {
                try {
                    var n = 0;
                    do {
                        var begin = System.nanoTime();
                        try {
                            request.send();
                            if (n < latencies.length) {
                                latencies[n++] = System.nanoTime() - begin;
                            }
                        } catch (Exception e) {
                            errors.incrementAndGet();
                        }
                    } while (System.nanoTime() < deadline);
                    counts[index] = n;
                } finally {
                    done.countDown();
                }
            });
        }
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while measuring", e);
        }
        var elapsed = (System.nanoTime() - started) / 1e9;
        var all = new long[Arrays.stream(counts).sum()];
        var at = 0;
        for (int t = 0; t < concurrency; t++) {
            System.arraycopy(perThread.get(t), 0, all, at, counts[t]);
            at += counts[t];
        }
        return new Sample(concurrency, all, errors.get(), elapsed);
    }
}
