package org.techmatch.store.solr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.util.NamedList;
import org.techmatch.store.IndexedRecord;
import org.techmatch.store.StaleVersionException;
import org.techmatch.store.StoreUnavailableException;
import org.techmatch.store.StoredRecord;

/**
 * The write path of the solrcloud backend: every write is conditional on Solr's {@code _version_} (a new record on
 * its id being free, an update on the version it replaces) and acknowledged once min_rf replicas hold it.
 */
final class SolrWrites {
    private final SolrProperties properties;
    private final SolrConnection solr;
    private final SolrDocuments documents;
    private final SolrReads reads;
    private final AtomicLong writes;

    SolrWrites(SolrProperties properties, SolrConnection solr, SolrDocuments documents, SolrReads reads,
               AtomicLong writes) {
        this.properties = properties;
        this.solr = solr;
        this.documents = documents;
        this.reads = reads;
        this.writes = writes;
    }

    /**
     * Sends records that must not exist yet: an id another service instance gave out first is refused (a 409),
     * never silently overwritten.
     */
    void sendNew(List<IndexedRecord> records) {
        List<SolrInputDocument> docs = new ArrayList<>(records.size());
        for (IndexedRecord record : records) {
            SolrInputDocument doc = documents.of(record);
            doc.setField(SolrSchema.SOLR_VERSION, -1L);
            docs.add(doc);
        }
        try {
            send(docs);
        } catch (SolrException e) {
            if (e.code() == 409) {
                String id = conflicting(e, records);
                throw new StaleVersionException(id, 0, current(id));
            }
            throw e;
        }
    }

    /**
     * Writes records on condition that each replaces the version before it (or the same version with the same
     * source: a rewrite of its indexed fields) and that no one writes it between our read and our write.
     */
    void writeChecked(List<IndexedRecord> records) {
        Map<String, SolrDocument> current = new HashMap<>();
        for (SolrDocument doc : reads.getAll(records.stream().map(IndexedRecord::id).toList())) {
            current.put((String) doc.getFirstValue(SolrSchema.ID), doc);
        }
        List<SolrInputDocument> docs = new ArrayList<>(records.size());
        for (IndexedRecord record : records) {
            SolrDocument existing = current.get(record.id());
            SolrInputDocument doc = documents.of(record);
            if (existing == null) {
                doc.setField(SolrSchema.SOLR_VERSION, -1L); // must not exist: someone creating it first wins
            } else {
                StoredRecord stored = SolrDocuments.read(existing);
                long next = record.stored().version();
                boolean rewrite = stored.version() == next && Arrays.equals(stored.source(), record.stored().source());
                if (stored.version() > next || (stored.version() == next && !rewrite)) {
                    throw new StaleVersionException(record.id(), next - 1, stored.version());
                }
                doc.setField(SolrSchema.SOLR_VERSION, existing.getFirstValue(SolrSchema.SOLR_VERSION));
            }
            docs.add(doc);
        }
        try {
            send(docs);
        } catch (SolrException e) {
            if (e.code() == 409) {
                String id = records.size() == 1 ? records.getFirst().id() : conflicting(e, records);
                long now = current(id);
                long given = records.stream().filter(r -> r.id().equals(id)).findFirst()
                        .map(r -> r.stored().version() - 1).orElse(0L);
                throw new StaleVersionException(id, given, now);
            }
            throw e;
        }
    }

    private static String conflicting(SolrException e, List<IndexedRecord> records) {
        String message = String.valueOf(e.getMessage());
        return records.stream().map(IndexedRecord::id).filter(message::contains).findFirst()
                .orElse(records.getFirst().id());
    }

    /** Sends documents; returns once min_rf replicas hold every one of them. */
    void send(List<SolrInputDocument> docs) {
        int achieved = solr.call((client, collection) -> {
            UpdateRequest request = new UpdateRequest();
            request.add(docs);
            request.setParam("min_rf", String.valueOf(properties.minRf()));
            if (properties.commitWithinMs() > 0) {
                request.setCommitWithin(properties.commitWithinMs());
            }
            NamedList<Object> response = client.request(request, collection);
            return client.getMinAchievedReplicationFactor(collection, response);
        });
        writes.incrementAndGet();
        if (achieved < properties.minRf()) {
            throw new StoreUnavailableException("写入只到达 " + achieved + " 个副本，少于要求的 " + properties.minRf()
                    + " 个：写入未确认", null);
        }
    }

    /** The stored version of id now, 0 when there is none. */
    private long current(String id) {
        return reads.getAll(List.of(id)).stream().findFirst().map(SolrDocuments::read).map(StoredRecord::version)
                .orElse(0L);
    }
}
