package org.techmatch.search;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.techmatch.store.DocumentStore;
import org.techmatch.store.FieldNames;
import org.techmatch.store.StoredRecord;
import org.techmatch.text.Shingles;

/**
 * Finds the stored record most like a text among those sharing its MinHash band keys, comparing the candidates by
 * the signatures kept in doc values (the text hash, then the MinHash values cut to 32 bits); only the best one
 * is read from its stored source.
 */
public final class SimilarRecords {
    private final DocumentStore store;

    public SimilarRecords(DocumentStore store) {
        this.store = store;
    }

    /** The most similar stored record, its estimated similarity, and whether its normalised text is the same. */
    public record Found(StoredRecord record, double similarity, boolean exact) {
    }

    /** The band keys and signature a record is indexed under, and the fields holding them. */
    public record Probe(String bandField, String signatureField, List<String> bands, long textHash,
                        long[] minHashes) {
    }

    /**
     * The stored record of this type most like the probe among the first maxCandidates sharing at least minShared
     * band keys, if its similarity reaches threshold.
     */
    public Optional<Found> mostSimilar(String type, Probe probe, int minShared, int maxCandidates, double threshold) {
        BooleanQuery.Builder bands = new BooleanQuery.Builder().setMinimumNumberShouldMatch(minShared);
        probe.bands().forEach(band -> bands.add(new ConstantScoreQuery(
                new TermQuery(new Term(probe.bandField(), band))), Occur.SHOULD));
        BooleanQuery query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(FieldNames.TYPE, type)), Occur.FILTER)
                .add(bands.build(), Occur.MUST).build();
        return store.searchRealtime(java.util.List.of(type), searcher -> {
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            int bestDoc = -1;
            double bestSimilarity = -1;
            boolean bestExact = false;
            for (ScoreDoc hit : searcher.search(query, maxCandidates).scoreDocs) {
                LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
                BinaryDocValues values = leaf.reader().getBinaryDocValues(probe.signatureField());
                if (values == null || !values.advanceExact(hit.doc - leaf.docBase)) {
                    continue;
                }
                BytesRef stored = values.binaryValue();
                boolean exact = textHashOf(stored) == probe.textHash();
                double similarity = exact ? 1 : Shingles.estimatedJaccard(probe.minHashes(), minHashesOf(stored));
                if (similarity > bestSimilarity) {
                    bestDoc = hit.doc;
                    bestSimilarity = similarity;
                    bestExact = exact;
                }
            }
            if (bestDoc < 0 || bestSimilarity < threshold) {
                return Optional.<Found>empty();
            }
            return Optional.of(new Found(DocumentStore.read(searcher.storedFields(), bestDoc), bestSimilarity,
                    bestExact));
        });
    }

    /** The MinHash values of a stored signature, cut to 32 bits as stored. */
    static long[] minHashesOf(BytesRef signature) {
        ByteBuffer bytes = ByteBuffer.wrap(signature.bytes, signature.offset, signature.length);
        bytes.getLong();
        long[] values = new long[(signature.length - 8) / 4];
        for (int i = 0; i < values.length; i++) {
            values[i] = bytes.getInt();
        }
        return values;
    }

    static long textHashOf(BytesRef signature) {
        return ByteBuffer.wrap(signature.bytes, signature.offset, signature.length).getLong();
    }
}
