package org.techmatch.store.solr;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.params.ShardParams;

/**
 * Reads of the collection. By id: Solr's real-time get, which sees every acknowledged write at once. By query:
 * when this instance has written since the searchers last opened, a soft commit opens new ones first (one for all
 * the readers waiting), so a read never misses a write this instance acknowledged before it began.
 *
 * <p>Both go to each shard's leader: a write is acknowledged once {@code min_rf} replicas have it, and the leader
 * is always one of them, while a recovering replica may not be (a node-kill test read a record back from a replica
 * that lacked it). A leader elected after a crash was in sync, so it has every acknowledged write too.
 */
final class SolrReads {
    /** The shard preference that sends a read to each shard's leader. */
    static final String LEADERS = ShardParams.SHARDS_PREFERENCE_REPLICA_LEADER + ":true";

    private final SolrConnection solr;
    private final AtomicLong writes;
    private final ReentrantLock refresh = new ReentrantLock();
    private volatile long visibleWrites;

    SolrReads(SolrConnection solr, AtomicLong writes) {
        this.solr = solr;
        this.writes = writes;
    }

    /** The stored documents with these ids that exist, by real-time get. */
    List<SolrDocument> getAll(Collection<String> ids) {
        ModifiableSolrParams params = new ModifiableSolrParams().set("fl", SolrSchema.STORED_FIELDS)
                .set(ShardParams.SHARDS_PREFERENCE, LEADERS);
        return solr.call((client, collection) -> client.getById(collection, ids, params));
    }

    QueryResponse query(SolrQuery query) {
        ensureFresh();
        query.set(ShardParams.SHARDS_PREFERENCE, LEADERS);
        return solr.call((client, collection) -> client.query(collection, query));
    }

    /** Visits every hit of query in id order, a page at a time (Solr's cursor: deep pages cost no more). */
    void forEachPage(SolrQuery query, int pageSize, Consumer<SolrDocument> visitor) {
        forEachPageSorted(query.setRows(pageSize).setSort(SolrSchema.ID, SolrQuery.ORDER.asc), visitor);
    }

    /** Visits every hit of query in its sort order (ending with the id, as Solr's cursor needs), rows a page. */
    void forEachPageSorted(SolrQuery query, Consumer<SolrDocument> visitor) {
        ensureFresh();
        query.set(ShardParams.SHARDS_PREFERENCE, LEADERS);
        String cursor = CursorMarkParams.CURSOR_MARK_START;
        while (true) {
            query.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
            QueryResponse page = solr.call((client, collection) -> client.query(collection, query));
            page.getResults().forEach(visitor);
            String next = page.getNextCursorMark();
            if (next == null || next.equals(cursor)) {
                return;
            }
            cursor = next;
        }
    }

    private void ensureFresh() {
        long target = writes.get();
        if (visibleWrites >= target) {
            return;
        }
        refresh.lock();
        try {
            long now = writes.get();
            if (visibleWrites < target) {
                solr.call((client, collection) -> client.commit(collection, false, true, true));
                visibleWrites = now;
            }
        } finally {
            refresh.unlock();
        }
    }

    /** A filter on one exact value, whatever characters it holds. */
    static String term(String field, String value) {
        return "{!term f=" + field + "}" + value;
    }
}
