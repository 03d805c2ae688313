package org.kemu.benchmark;

import java.util.Arrays;

/** Latency percentiles and throughput of one measured cell (a query shape, a target, a concurrency). */
record LatencyStats(int concurrency, int requests, int errors, double p50Millis, double p95Millis, double p99Millis,
                    double perSecond) {

    static LatencyStats of(int concurrency, long[] nanos, int errors, double seconds) {
        var sorted = nanos.clone();
        Arrays.sort(sorted);
        return new LatencyStats(concurrency, sorted.length, errors, percentile(sorted, 0.50), percentile(sorted, 0.95),
                percentile(sorted, 0.99), seconds == 0 ? 0 : sorted.length / seconds);
    }

    /** Nearest-rank percentile, in milliseconds. */
    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        var rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }
}
