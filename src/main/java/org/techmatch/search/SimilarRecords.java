package org.techmatch.search;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.techmatch.store.FieldNames;
import org.techmatch.store.StoredRecord;
import org.techmatch.text.Shingles;

/**
 * Finds the stored record most like a text among those sharing its MinHash band keys, comparing the candidates by
 * their stored signatures (the text hash, then the MinHash values cut to 32 bits); only the best one is read from
 * its stored source. {@link LuceneSimilarRecords} on the embedded index, {@code search.solr} on SolrCloud.
 */
public interface SimilarRecords {

    /** The most similar stored record, its estimated similarity, and whether its normalised text is the same. */
    record Found(StoredRecord record, double similarity, boolean exact) {
    }

    /** The band keys and signature a record is indexed under, and the fields holding them. */
    record Probe(String bandField, String signatureField, List<String> bands, long textHash, long[] minHashes) {
    }

    /** A candidate's similarity to the probe by its stored signature, and whether its text is the same. */
    record Likeness(double similarity, boolean exact) {
    }

    /**
     * The stored record of this type most like the probe among the first maxCandidates sharing at least minShared
     * band keys (most shared first), if its similarity reaches threshold.
     */
    Optional<Found> mostSimilar(String type, Probe probe, int minShared, int maxCandidates, double threshold);

    /** The candidates: records of the type sharing at least minShared bands, scored by the bands shared. */
    static Query candidates(String type, Probe probe, int minShared) {
        BooleanQuery.Builder bands = new BooleanQuery.Builder().setMinimumNumberShouldMatch(minShared);
        probe.bands().forEach(band -> bands.add(new ConstantScoreQuery(
                new TermQuery(new Term(probe.bandField(), band))), Occur.SHOULD));
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(FieldNames.TYPE, type)), Occur.FILTER)
                .add(bands.build(), Occur.MUST).build();
    }

    /** How like the probe a stored signature (8 bytes of text hash, then 4 per MinHash value) is. */
    static Likeness likeness(Probe probe, ByteBuffer signature) {
        ByteBuffer bytes = signature.duplicate();
        boolean exact = bytes.getLong() == probe.textHash();
        if (exact) {
            return new Likeness(1, true);
        }
        long[] values = new long[bytes.remaining() / 4];
        for (int i = 0; i < values.length; i++) {
            values[i] = bytes.getInt();
        }
        return new Likeness(Shingles.estimatedJaccard(probe.minHashes(), values), false);
    }
}
