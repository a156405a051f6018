package org.techmatch.benchmark;

import java.util.List;

/**
 * Everything measured at one library size on one backend.
 *
 * @param backend            embedded (the Lucene index) or solrcloud (a collection; index size and segments are the
 *                           cluster's own and reported as -1)
 * @param buildSeconds       storing the records with their vectors (text analysis, HNSW graph, commits, merges)
 * @param recordsPerSecond   records indexed per second during the build
 * @param reused             the index was built by an earlier run (its build figures are that run's)
 * @param heapAfterBuildMiB  heap in use after a full collection, with the index open and searched
 * @param peakHeapMiB        the highest heap use seen while measuring latency (sum of the pools' peaks)
 */
public record SizeFigures(String backend, int records, boolean reused, double buildSeconds, double recordsPerSecond, double indexMiB,
                   int segments, double heapAfterBuildMiB, double peakHeapMiB, double queryEmbeddingMedianMs,
                   double queryEmbeddingP99Ms, List<LatencyFigures> latency) {

    /** The figures of one phase (mode and clients), or null when it was not measured. */
    LatencyFigures phase(String mode, int clients) {
        return latency.stream().filter(l -> l.mode().equals(mode) && l.clients() == clients).findFirst().orElse(null);
    }
}
