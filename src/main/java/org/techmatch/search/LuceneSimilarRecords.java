package org.techmatch.search;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.BytesRef;
import org.techmatch.store.DocumentStore;

/** Near-duplicate lookup of the embedded backend: signatures read from the index's doc values. */
public final class LuceneSimilarRecords implements SimilarRecords {
    private final DocumentStore store;

    public LuceneSimilarRecords(DocumentStore store) {
        this.store = store;
    }

    @Override
    public Optional<Found> mostSimilar(String type, Probe probe, int minShared, int maxCandidates, double threshold) {
        Query query = SimilarRecords.candidates(type, probe, minShared);
        // another writer's near-duplicate must be seen at once, not within the refresh interval as a search's
        return store.searchRealtime(List.of(type), searcher -> {
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            int bestDoc = -1;
            Likeness best = null;
            for (ScoreDoc hit : searcher.search(query, maxCandidates).scoreDocs) {
                LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
                BinaryDocValues values = leaf.reader().getBinaryDocValues(probe.signatureField());
                if (values == null || !values.advanceExact(hit.doc - leaf.docBase)) {
                    continue;
                }
                BytesRef stored = values.binaryValue();
                Likeness likeness = SimilarRecords.likeness(probe,
                        ByteBuffer.wrap(stored.bytes, stored.offset, stored.length));
                if (best == null || likeness.similarity() > best.similarity()) {
                    bestDoc = hit.doc;
                    best = likeness;
                }
            }
            if (best == null || best.similarity() < threshold) {
                return Optional.<Found>empty();
            }
            return Optional.of(new Found(DocumentStore.read(searcher.storedFields(), bestDoc), best.similarity(),
                    best.exact()));
        });
    }
}
