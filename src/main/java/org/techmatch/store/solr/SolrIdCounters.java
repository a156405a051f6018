package org.techmatch.store.solr;

import java.util.List;
import java.util.function.LongSupplier;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.techmatch.store.RecordStore.IdRange;

/**
 * Id numbers shared by every service instance on one collection: a bookkeeping document per prefix holds the last
 * number given out, and an instance takes a block by replacing it on condition of the {@code _version_} it read,
 * so two instances racing for a block get two blocks. A block an instance does not use up (it stops) is a gap in
 * the numbering, never a number given twice.
 */
final class SolrIdCounters {
    /** Numbers taken at a time: one round trip for this many creates. */
    static final int BLOCK = 20;
    private static final int ATTEMPTS = 50;

    private final SolrReads reads;
    private final SolrWrites writes;

    SolrIdCounters(SolrReads reads, SolrWrites writes) {
        this.reads = reads;
        this.writes = writes;
    }

    /**
     * At least count numbers after the counter; a collection without a counter for prefix (created, migrated or
     * restored before counters) starts after the highest stored id.
     */
    IdRange reserve(String prefix, int count, LongSupplier highestStored) {
        String id = counterId(prefix);
        int taken = Math.max(count, BLOCK);
        for (int attempt = 1; ; attempt++) {
            SolrDocument counter = reads.getAll(List.of(id)).stream().findFirst().orElse(null);
            long last = counter == null ? highestStored.getAsLong()
                    : ((Number) counter.getFirstValue(SolrSchema.VERSION_OF_RECORD)).longValue();
            SolrInputDocument next = new SolrInputDocument();
            next.setField(SolrSchema.ID, id);
            next.setField(SolrSchema.TYPE, SolrRecordStore.META_TYPE);
            next.setField(SolrSchema.VERSION_OF_RECORD, last + taken);
            next.setField(SolrSchema.SOURCE, new byte[0]);
            next.setField(SolrSchema.SOLR_VERSION,
                    counter == null ? -1L : counter.getFirstValue(SolrSchema.SOLR_VERSION));
            try {
                writes.send(List.of(next));
                return new IdRange(last + 1, taken);
            } catch (SolrException e) {
                if (e.code() != 409 || attempt == ATTEMPTS) {
                    throw e;
                }
                // another instance took a block between our read and our write: read its counter and try again
            }
        }
    }

    static String counterId(String prefix) {
        return "_meta:ids:" + prefix;
    }
}
