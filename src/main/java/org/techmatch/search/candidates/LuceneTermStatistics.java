package org.techmatch.search.candidates;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.IndexReader;

/** The statistics of one reader of the embedded index, looked up per segment through the shared segment cache. */
record LuceneTermStatistics(IndexReader reader, SegmentTerms segments) implements TermStatistics {
    /**
     * The reader's cache key, not the reader: whoever keeps a snapshot (a cached candidate view) must not keep a
     * closed searcher's segments reachable.
     */
    @Override
    public Object snapshot() {
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        if (helper == null) {
            throw new IllegalStateException("the index reader has no cache key: " + reader);
        }
        return helper.getKey();
    }

    @Override
    public int docCount(String field) throws IOException {
        return reader.getDocCount(field);
    }

    @Override
    public int[] docFreqs(String field, List<String> terms) throws IOException {
        return segments.docFreqs(reader, field, terms);
    }
}
