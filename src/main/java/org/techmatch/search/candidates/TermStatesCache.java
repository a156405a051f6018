package org.techmatch.search.candidates;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.IndexSearcher;

/**
 * Where each query term lies in every segment of the current reader, kept from query to query. A match sends
 * some 80 term clauses; building a term query looks each term up in every segment's dictionary (18 segments at a
 * million records), which was a fourteenth of a match's time, and the same informative terms recur across
 * demands. The states are assembled from the segments' ({@link SegmentTerms}), which outlive a refresh; the
 * assembled ones are kept for the current reader.
 */
final class TermStatesCache {
    private final long maxTerms;
    private final SegmentTerms segments;
    private volatile ReaderStates current = new ReaderStates(null, null);

    private record ReaderStates(IndexReader reader, Cache<Term, TermStates> byTerm) {
    }

    /** @param maxTerms terms kept per reader; each holds a small state per segment */
    TermStatesCache(long maxTerms, SegmentTerms segments) {
        this.maxTerms = maxTerms;
        this.segments = segments;
    }

    /** The term's states in the searcher's reader, with its statistics (so scoring need not look again). */
    TermStates of(IndexSearcher searcher, Term term) throws IOException {
        ReaderStates states = current;
        if (states.reader() != searcher.getIndexReader()) {
            states = new ReaderStates(searcher.getIndexReader(), Caffeine.newBuilder().maximumSize(maxTerms).build());
            current = states;
        }
        TermStates cached = states.byTerm().getIfPresent(term);
        if (cached == null) {
            cached = segments.states(searcher.getIndexReader(), term);
            states.byTerm().put(term, cached);
        }
        return cached;
    }
}
