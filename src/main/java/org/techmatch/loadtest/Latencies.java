package org.techmatch.loadtest;

import java.util.Arrays;

/** Latencies of one operation in microseconds, kept whole so percentiles are exact, not bucketed. */
final class Latencies {
    private long[] micros = new long[1024];
    private int count;
    private int errors;

    synchronized void add(long latencyMicros, boolean error) {
        if (count == micros.length) {
            micros = Arrays.copyOf(micros, count * 2);
        }
        micros[count++] = latencyMicros;
        if (error) {
            errors++;
        }
    }

    synchronized void addAll(Latencies other) {
        for (int i = 0; i < other.count; i++) {
            add(other.micros[i], false);
        }
        errors += other.errors;
    }

    /** Requests, errors and latency percentiles in milliseconds (nearest-rank). */
    synchronized Summary summary(double seconds) {
        long[] sorted = Arrays.copyOf(micros, count);
        Arrays.sort(sorted);
        return new Summary(count, errors, count / seconds, percentile(sorted, 50), percentile(sorted, 90),
                percentile(sorted, 99), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1000.0);
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1000.0;
    }

    record Summary(int requests, int errors, double perSecond, double p50Ms, double p90Ms, double p99Ms,
                   double maxMs) {
    }
}
