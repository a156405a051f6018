package org.techmatch.search.candidates;

import java.io.IOException;
import java.util.List;
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
        Map<FieldTerm, Entry> segment = segmentMap(leaf.reader());
        FieldTerm key = new FieldTerm(field, term);
        Entry cached = segment == null ? null : segment.get(key);
        if (cached == null) {
            cached = seek(leaf.reader(), field, term);
            keep(segment, key, cached);
        }
        return cached;
    }

    private void keep(Map<FieldTerm, Entry> segment, FieldTerm key, Entry entry) {
        if (segment != null && held.get() < maxEntries && segment.putIfAbsent(key, entry) == null) {
            held.incrementAndGet();
        }
    }

    /** The segment's map, or null when the segment offers no core cache key (nothing is kept for it). */
    private Map<FieldTerm, Entry> segmentMap(LeafReader reader) {
        IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
        if (helper == null) {
            return null;
        }
        Map<FieldTerm, Entry> segment = bySegment.get(helper.getKey());
        return segment != null ? segment : register(helper);
    }

    private Map<FieldTerm, Entry> register(IndexReader.CacheHelper helper) {
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
        return docFreqs(reader, field, List.of(term))[0];
    }

    /**
     * The document frequency of each term in the reader, looked up segment by segment: a segment's map is found
     * once for all the terms, and the terms it has not seen yet are sought with one dictionary iterator. A match
     * weighs some thousands of candidate title bigrams against each new searcher; a lookup per term and segment,
     * each with an iterator of its own, was a quarter of the service's request time under the load test.
     */
    int[] docFreqs(IndexReader reader, String field, List<String> terms) throws IOException {
        int[] df = new int[terms.size()];
        FieldTerm[] keys = new FieldTerm[terms.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = new FieldTerm(field, terms.get(i));
        }
        for (LeafReaderContext leaf : reader.leaves()) {
            Map<FieldTerm, Entry> segment = segmentMap(leaf.reader());
            TermsEnum seeker = null;
            boolean noField = false;
            for (int i = 0; i < keys.length; i++) {
                Entry entry = segment == null ? null : segment.get(keys[i]);
                if (entry == null) {
                    if (seeker == null && !noField) {
                        Terms fieldTerms = leaf.reader().terms(field);
                        noField = fieldTerms == null;
                        seeker = noField ? null : fieldTerms.iterator();
                    }
                    entry = noField ? Entry.ABSENT : seek(seeker, keys[i].term());
                    keep(segment, keys[i], entry);
                }
                df[i] += entry.docFreq();
            }
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
        return terms == null ? Entry.ABSENT : seek(terms.iterator(), term);
    }

    private static Entry seek(TermsEnum it, String term) throws IOException {
        if (!it.seekExact(new BytesRef(term))) {
            return Entry.ABSENT;
        }
        return new Entry(it.termState(), it.docFreq(), it.totalTermFreq());
    }
}
