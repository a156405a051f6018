package org.techmatch.search.candidates;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * Where a term lies in one segment and in how many of its documents, kept per segment. A segment's term
 * dictionary never changes (deletions do not change a term's document frequency until a merge removes the
 * segment), so what is looked up once holds for every later reader sharing the segment. Searchers are refreshed
 * several times a second under writes, and each refresh adds a small segment to otherwise the same ones: a cache
 * per reader started empty every time and every match looked all its terms up again in every segment (a tenth of
 * the service's time under the load test).
 */
final class SegmentTerms {
    /** A term's place in a segment; docFreq 0 (and no state) when the segment does not hold it. */
    record Entry(TermState state, int docFreq, long totalTermFreq) {
        static final Entry ABSENT = new Entry(null, 0, 0);
    }

    /** A term of a field (a key that needs no string built per lookup: a match looks up thousands). */
    private record FieldTerm(String field, String term) {
    }

    private final long maxEntries;
    /** Entries held over all open segments; a segment's are dropped (and uncounted) when it closes. */
    private final AtomicLong held = new AtomicLong();
    /** Per segment core (its cache key): the terms looked up in it. Plain maps: lookups far outnumber writes. */
    private final Map<Object, Map<FieldTerm, Entry>> bySegment = new ConcurrentHashMap<>();

    /** @param maxEntries terms kept over all open segments (some 150 bytes each); beyond it lookups are not kept */
    SegmentTerms(long maxEntries) {
        this.maxEntries = maxEntries;
    }

    /** The term in one segment (uncached when the segment offers no core cache key). */
    Entry of(LeafReaderContext leaf, String field, String term) throws IOException {
        LeafReader reader = leaf.reader();
        IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
        if (helper == null) {
            return seek(reader, field, term);
        }
        Map<FieldTerm, Entry> segment = bySegment.get(helper.getKey());
        if (segment == null) {
            segment = segmentMap(helper);
        }
        FieldTerm key = new FieldTerm(field, term);
        Entry cached = segment.get(key);
        if (cached == null) {
            cached = seek(reader, field, term);
            if (held.get() < maxEntries && segment.putIfAbsent(key, cached) == null) {
                held.incrementAndGet();
            }
        }
        return cached;
    }

    private Map<FieldTerm, Entry> segmentMap(IndexReader.CacheHelper helper) {
        Object core = helper.getKey();
        Map<FieldTerm, Entry> created = new ConcurrentHashMap<>();
        Map<FieldTerm, Entry> existing = bySegment.putIfAbsent(core, created);
        if (existing != null) {
            return existing;
        }
        // a merged-away segment's entries go with it
        helper.addClosedListener(key -> {
            Map<FieldTerm, Entry> gone = bySegment.remove(key);
            if (gone != null) {
                held.addAndGet(-gone.size());
            }
        });
        return created;
    }

    /** In how many documents of the reader the term occurs (deleted ones included, as IndexReader#docFreq). */
    int docFreq(IndexReader reader, String field, String term) throws IOException {
        int df = 0;
        for (LeafReaderContext leaf : reader.leaves()) {
            df += of(leaf, field, term).docFreq();
        }
        return df;
    }

    /** The term's states in every segment of the reader, with its statistics, as TermStates#build makes them. */
    TermStates states(IndexReader reader, Term term) throws IOException {
        TermStates states = new TermStates(reader.getContext());
        String text = term.text();
        for (LeafReaderContext leaf : reader.leaves()) {
            Entry entry = of(leaf, term.field(), text);
            if (entry.state() != null) {
                states.register(entry.state(), leaf.ord, entry.docFreq(), entry.totalTermFreq());
            }
        }
        return states;
    }

    private static Entry seek(LeafReader reader, String field, String term) throws IOException {
        Terms terms = reader.terms(field);
        if (terms == null) {
            return Entry.ABSENT;
        }
        TermsEnum it = terms.iterator();
        if (!it.seekExact(new BytesRef(term))) {
            return Entry.ABSENT;
        }
        return new Entry(it.termState(), it.docFreq(), it.totalTermFreq());
    }
}
