package org.techmatch.benchmark;

import java.util.Arrays;

/** What one timed phase measured: latency percentiles in milliseconds and throughput. */
public record LatencyFigures(String mode, int clients, int requests, double medianMs, double p99Ms, double maxMs,
                      double perSecond, double meanMatches, double abstainedShare) {

    static LatencyFigures of(String mode, int clients, long[] nanos, double wallSeconds, long matches,
                             long abstained) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new LatencyFigures(mode, clients, sorted.length, percentile(sorted, 0.50), percentile(sorted, 0.99),
                sorted[sorted.length - 1] / 1e6, sorted.length / wallSeconds, (double) matches / sorted.length,
                (double) abstained / sorted.length);
    }

    /** Nearest-rank percentile: the value at or below which the share q of the samples lie. */
    static double percentile(long[] sorted, double q) {
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }
}
