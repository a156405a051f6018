package org.techmatch.search.candidates;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Document frequencies summed over all the segments of one reader, kept for the readers that follow it. A refresh
 * adds a small segment to the same others (until a merge replaces some), so a term's sum in the next reader is its
 * sum here plus what the added segments hold: the next reader looks the term up in those segments only, not in
 * every segment again. Under the load test a new searcher came every few requests and each match weighed thousands
 * of candidate title bigrams afresh against it, in each of a dozen segments. Exact: a segment's frequencies never
 * change (deletions count until a merge removes the segment, and a merge starts a new chain).
 *
 * <p>Holds the segments' core cache keys, never a reader, so a closed searcher's segments are not kept reachable.
 */
final class ReaderTotals {
    /** Readers in a chain: a merge usually ends one long before. */
    static final int MAX_CHAIN = 16;
    /** Sums kept per reader: a match weighs some thousands of terms. */
    static final int MAX_SUMS = 200_000;

    final Object readerKey;
    final Set<Object> cores;
    final Map<SegmentTerms.FieldTerm, Integer> sums = new ConcurrentHashMap<>();
    /** An earlier reader all of whose segments this one holds, or null. */
    private volatile ReaderTotals parent;

    private ReaderTotals(Object readerKey, Set<Object> cores, ReaderTotals parent) {
        this.readerKey = readerKey;
        this.cores = Set.copyOf(cores);
        this.parent = parent;
    }

    /** The totals of a new reader: continuing the latest reader's when it only adds segments to them. */
    static ReaderTotals after(ReaderTotals latest, Object readerKey, Set<Object> cores) {
        boolean continues = latest != null && cores.containsAll(latest.cores);
        ReaderTotals next = new ReaderTotals(readerKey, cores, continues ? latest : null);
        ReaderTotals last = next;
        for (int i = 1; i < MAX_CHAIN && last.parent != null; i++) {
            last = last.parent;
        }
        last.parent = null; // the oldest sums go: few terms are asked again after so many refreshes
        return next;
    }

    /** The nearest reader of the chain (this one first) that holds the term's sum, or null. */
    ReaderTotals holder(SegmentTerms.FieldTerm key) {
        for (ReaderTotals t = this; t != null; t = t.parent) {
            if (t.sums.containsKey(key)) {
                return t;
            }
        }
        return null;
    }

    void keep(SegmentTerms.FieldTerm key, int sum) {
        if (sums.size() < MAX_SUMS) {
            sums.put(key, sum);
        }
    }
}
