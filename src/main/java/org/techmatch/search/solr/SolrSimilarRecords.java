package org.techmatch.search.solr;

import java.nio.ByteBuffer;
import java.util.Optional;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.common.SolrDocument;
import org.techmatch.search.SimilarRecords;
import org.techmatch.store.IndexedFields.Use;
import org.techmatch.store.RecordStore;
import org.techmatch.store.solr.SolrQueries;
import org.techmatch.store.solr.SolrSchema;

/**
 * Near-duplicate lookup on the solrcloud backend: the candidates sharing the most bands come back with their
 * stored signatures only, are compared here, and the best one is read by id (a real-time get).
 */
public final class SolrSimilarRecords implements SimilarRecords {
    private final SolrQueries queries;
    private final RecordStore records;

    public SolrSimilarRecords(SolrQueries queries, RecordStore records) {
        this.queries = queries;
        this.records = records;
    }

    @Override
    public Optional<Found> mostSimilar(String type, Probe probe, int minShared, int maxCandidates, double threshold) {
        String signatureField = SolrQueryText.field(probe.signatureField(), Use.BYTES);
        SolrQuery query = SolrLibrarySearcher.query(SimilarRecords.candidates(type, probe, minShared))
                .addSort("score", SolrQuery.ORDER.desc).addSort(SolrSchema.ID, SolrQuery.ORDER.asc)
                .setRows(maxCandidates).setFields(SolrSchema.ID + "," + signatureField);
        String bestId = null;
        Likeness best = null;
        for (SolrDocument doc : queries.query(query).getResults()) {
            ByteBuffer signature = bytes(doc.getFirstValue(signatureField));
            if (signature == null) {
                continue;
            }
            Likeness likeness = SimilarRecords.likeness(probe, signature);
            if (best == null || likeness.similarity() > best.similarity()) {
                bestId = (String) doc.getFirstValue(SolrSchema.ID);
                best = likeness;
            }
        }
        if (best == null || best.similarity() < threshold) {
            return Optional.empty();
        }
        Likeness found = best;
        return records.get(bestId).map(record -> new Found(record, found.similarity(), found.exact()));
    }

    /** Solr hands a binary field back as bytes or as a buffer depending on the response format. */
    private static ByteBuffer bytes(Object value) {
        return switch (value) {
            case byte[] b -> ByteBuffer.wrap(b);
            case ByteBuffer buffer -> buffer;
            case null, default -> null;
        };
    }
}
