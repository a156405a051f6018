package org.techmatch.benchmark;

import java.util.List;

/** The benchmark's figures for every size, and the machine they were measured on. */
public record BenchReport(int cores, long maxHeapMiB, int embeddedBaseTexts, double embeddingTextsPerSecond,
                          List<SizeFigures> sizes) {

    public String table() {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%ncores %d, max heap %,d MiB; model embedding: %.1f texts/s (%d base texts)%n%n",
                cores, maxHeapMiB, embeddingTextsPerSecond, embeddedBaseTexts));
        out.append(String.format("%-9s %10s %9s %10s %10s %5s %10s %10s %14s%n", "backend", "records", "build s",
                "records/s", "index MiB", "segs", "heap MiB", "peak MiB", "query emb ms"));
        for (SizeFigures s : sizes) {
            out.append(String.format("%-9s %,10d %9.0f %10.0f %10s %5s %10.0f %10.0f %6.1f / %5.1f%s%n", s.backend(),
                    s.records(), s.buildSeconds(), s.recordsPerSecond(),
                    s.indexMiB() < 0 ? "-" : String.format("%.0f", s.indexMiB()),
                    s.segments() < 0 ? "-" : String.valueOf(s.segments()), s.heapAfterBuildMiB(),
                    s.peakHeapMiB(), s.queryEmbeddingMedianMs(), s.queryEmbeddingP99Ms(),
                    s.reused() ? "  (index reused)" : ""));
        }
        out.append(String.format("%n%-9s %10s %-8s %7s %8s %10s %9s %9s %10s %9s %9s%n", "backend", "records", "mode",
                "clients", "requests", "median ms", "p99 ms", "max ms", "requests/s", "matches", "abstain"));
        for (SizeFigures s : sizes) {
            for (LatencyFigures l : s.latency()) {
                out.append(String.format("%-9s %,10d %-8s %7d %8d %10.1f %9.1f %9.1f %10.1f %9.1f %8.0f%%%n",
                        s.backend(), s.records(),
                        l.mode(), l.clients(), l.requests(), l.medianMs(), l.p99Ms(), l.maxMs(), l.perSecond(),
                        l.meanMatches(), 100 * l.abstainedShare()));
            }
        }
        out.append(String.format("%n%s%n%-9s %10s %7s %12s %12s %12s %14s %14s%n",
                "floor: bare BM25 candidate query (first stage only) vs the full match, medians", "backend",
                "records", "clients", "bm25 ms", "lexical ms", "vectors ms", "lexical/bm25", "vectors/bm25"));
        for (SizeFigures s : sizes) {
            for (int clients : new int[] {1, 8}) {
                LatencyFigures floor = s.phase("bm25", clients);
                LatencyFigures lexical = s.phase("lexical", clients);
                LatencyFigures vectors = s.phase("vectors", clients);
                if (floor == null || lexical == null || vectors == null) {
                    continue;
                }
                out.append(String.format("%-9s %,10d %7d %12.2f %12.1f %12.1f %13.1fx %13.1fx%n", s.backend(),
                        s.records(), clients,
                        floor.medianMs(), lexical.medianMs(), vectors.medianMs(),
                        lexical.medianMs() / floor.medianMs(), vectors.medianMs() / floor.medianMs()));
            }
        }
        return out.toString();
    }
}
