package org.techmatch.benchmark;

import java.util.List;

/**
 * Everything measured at one library size.
 *
 * @param buildSeconds       storing the records with their vectors (text analysis, HNSW graph, commits, merges)
 * @param recordsPerSecond   records indexed per second during the build
 * @param reused             the index was built by an earlier run (its build figures are that run's)
 * @param heapAfterBuildMiB  heap in use after a full collection, with the index open and searched
 * @param peakHeapMiB        the highest heap use seen while measuring latency (sum of the pools' peaks)
 */
public record SizeFigures(int records, boolean reused, double buildSeconds, double recordsPerSecond, double indexMiB,
                   int segments, double heapAfterBuildMiB, double peakHeapMiB, double queryEmbeddingMedianMs,
                   double queryEmbeddingP99Ms, List<LatencyFigures> latency) {

    /** The figures of one phase (mode and clients), or null when it was not measured. */
    LatencyFigures phase(String mode, int clients) {
        return latency.stream().filter(l -> l.mode().equals(mode) && l.clients() == clients).findFirst().orElse(null);
    }
}
