package org.techmatch.store.solr;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.techmatch.store.IdLocks;
import org.techmatch.store.IndexedFields;
import org.techmatch.store.IndexedRecord;
import org.techmatch.store.RecordStore;
import org.techmatch.store.StoredRecord;

/**
 * The records in a SolrCloud collection (techmatch.store.backend=solrcloud). A write is acknowledged once Solr
 * reports it on at least min_rf replicas, each of which has fsynced it to its transaction log (solrconfig.xml);
 * a write of a record is conditional on the Solr {@code _version_} read with the stored version it replaces, so a
 * writer in another service instance that got there first makes it a 409 ({@link SolrWrites}). Reads by id are real-time gets; a
 * search-backed read (a key, a count) first opens a new searcher when this instance wrote since the last one, so
 * it sees its own writes; other instances' writes show within commitWithin.
 */
public final class SolrRecordStore implements RecordStore {
    /** The type of the store's own bookkeeping document (the field layout), never a record. */
    static final String META_TYPE = "_meta";
    private static final String MAPPING_ID = "_meta:mapping";
    private static final int PAGE = 500;

    private final SolrProperties properties;
    private final SolrConnection solr;
    private final SolrDocuments documents;
    private final SolrReads reads;
    private final SolrWrites writer;
    private final SolrIdCounters idCounters;
    private final SolrQueries queries;
    private final IdLocks locks = new IdLocks();
    private final AtomicLong writes = new AtomicLong();

    public SolrRecordStore(SolrProperties properties, Analyzer analyzer) {
        this.properties = properties;
        this.solr = new SolrConnection(properties);
        this.documents = new SolrDocuments(analyzer);
        this.reads = new SolrReads(solr, writes);
        this.writer = new SolrWrites(properties, solr, documents, reads, writes);
        this.idCounters = new SolrIdCounters(reads, writer);
        this.queries = new SolrQueries(solr, reads);
    }

    /** The collection for the search package's own queries (matching's candidates). */
    public SolrQueries queries() {
        return queries;
    }

    @Override
    public void write(IndexedRecord record) {
        writer.writeChecked(List.of(record));
    }

    /**
     * The record first (conditional on its version), then its companions: Solr has no transaction across
     * shards, so a crash between the two can leave the record without its audit entry, never the reverse.
     */
    @Override
    public void writeWith(IndexedRecord record, List<IndexedRecord> companions) {
        writer.writeChecked(List.of(record));
        if (!companions.isEmpty()) {
            writer.sendNew(companions);
        }
    }

    @Override
    public void writeAll(List<IndexedRecord> records) {
        if (!records.isEmpty()) {
            writer.writeChecked(records);
        }
    }

    @Override
    public void addAll(List<IndexedRecord> records) {
        if (!records.isEmpty()) {
            writer.sendNew(records);
        }
    }

    @Override
    public <T> T locked(String id, Supplier<T> action) {
        return locks.locked(id, action);
    }

    @Override
    public <T> T lockedAll(Collection<String> ids, Supplier<T> action) {
        return locks.lockedAll(ids, action);
    }

    @Override
    public Optional<StoredRecord> get(String id) {
        if (id == null) {
            return Optional.empty();
        }
        return reads.getAll(List.of(id)).stream().findFirst().map(SolrDocuments::read)
                .filter(record -> !META_TYPE.equals(record.type()));
    }

    @Override
    public Optional<KeywordHit> firstByKeyword(String type, String field, String value, String storedField) {
        String stored = SolrSchema.field(IndexedFields.Use.EXACT_STORED, storedField);
        SolrQuery query = keyword(type, field, value).setRows(1).setSort(SolrSchema.ID, SolrQuery.ORDER.asc)
                .setFields(SolrSchema.ID, SolrSchema.VERSION_OF_RECORD, stored);
        return reads.query(query).getResults().stream().findFirst().map(doc -> new KeywordHit(
                (String) doc.getFirstValue(SolrSchema.ID),
                ((Number) doc.getFirstValue(SolrSchema.VERSION_OF_RECORD)).longValue(),
                (String) doc.getFirstValue(stored)));
    }

    @Override
    public List<StoredRecord> allByKeyword(String type, String field, String value) {
        List<StoredRecord> found = new ArrayList<>();
        reads.forEachPage(keyword(type, field, value).setFields(SolrSchema.STORED_FIELDS), PAGE,
                doc -> found.add(SolrDocuments.read(doc)));
        return found;
    }

    private static SolrQuery keyword(String type, String field, String value) {
        return new SolrQuery("*:*").addFilterQuery(SolrReads.term(SolrSchema.TYPE, type),
                SolrReads.term(SolrSchema.field(IndexedFields.Use.EXACT, field), value));
    }

    @Override
    public long countLacking(List<String> types, String field) {
        return reads.query(lackingQuery(types, field).setRows(0)).getResults().getNumFound();
    }

    @Override
    public List<StoredRecord> lacking(List<String> types, String field, int limit) {
        List<StoredRecord> found = new ArrayList<>();
        reads.query(lackingQuery(types, field).setRows(limit).setFields(SolrSchema.STORED_FIELDS)).getResults()
                .forEach(doc -> found.add(SolrDocuments.read(doc)));
        return found;
    }

    private static SolrQuery lackingQuery(List<String> types, String field) {
        return new SolrQuery("*:*").addFilterQuery("{!terms f=" + SolrSchema.TYPE + "}" + String.join(",", types),
                "-" + SolrReads.term(SolrSchema.PRESENT, field));
    }

    @Override
    public int count(String type) {
        return (int) reads.query(new SolrQuery("*:*").addFilterQuery(SolrReads.term(SolrSchema.TYPE, type))
                .setRows(0)).getResults().getNumFound();
    }

    @Override
    public SortedMap<String, Integer> countsByType() {
        SolrQuery query = new SolrQuery("*:*").setRows(0).setFacet(true).addFacetField(SolrSchema.TYPE)
                .setFacetLimit(-1).setFacetMinCount(1);
        SortedMap<String, Integer> counts = new TreeMap<>();
        FacetField types = reads.query(query).getFacetField(SolrSchema.TYPE);
        for (FacetField.Count count : types.getValues()) {
            if (!META_TYPE.equals(count.getName())) {
                counts.put(count.getName(), (int) count.getCount());
            }
        }
        return counts;
    }

    @Override
    public long maxIdNumber(String prefix) {
        SolrQuery query = new SolrQuery("*:*").addFilterQuery(SolrReads.term(SolrSchema.ID_PREFIX, prefix))
                .setRows(1).setFields(SolrSchema.ID_NUMBER).setSort(SolrSchema.ID_NUMBER, SolrQuery.ORDER.desc);
        return reads.query(query).getResults().stream().findFirst()
                .map(doc -> ((Number) doc.getFirstValue(SolrSchema.ID_NUMBER)).longValue()).orElse(0L);
    }

    @Override
    public IdRange reserveIds(String prefix, int count) {
        return idCounters.reserve(prefix, count, () -> maxIdNumber(prefix));
    }

    @Override
    public void forEach(String type, Consumer<StoredRecord> visitor) {
        SolrQuery query = new SolrQuery("*:*").setFields(SolrSchema.STORED_FIELDS);
        query.addFilterQuery(type == null ? "-" + SolrReads.term(SolrSchema.TYPE, META_TYPE)
                : SolrReads.term(SolrSchema.TYPE, type));
        reads.forEachPage(query, PAGE, doc -> visitor.accept(SolrDocuments.read(doc)));
    }

    @Override
    public void forEachWithVectors(String type, Consumer<VectoredRecord> visitor) {
        SolrQuery query = new SolrQuery("*:*").setFields(SolrSchema.STORED_FIELDS, SolrSchema.VECTOR_FIELDS);
        query.addFilterQuery(type == null ? "-" + SolrReads.term(SolrSchema.TYPE, META_TYPE)
                : SolrReads.term(SolrSchema.TYPE, type));
        reads.forEachPage(query, PAGE, doc -> visitor.accept(
                new VectoredRecord(SolrDocuments.read(doc), SolrSchema.vectors(doc))));
    }

    @Override
    public int rewriteAll(Function<StoredRecord, IndexedRecord> mapping) {
        List<IndexedRecord> batch = new ArrayList<>();
        int[] count = {0};
        forEachWithVectors(null, record -> {
            batch.add(record.remapped(stored -> mapping.apply(stored).fields()));
            count[0]++;
            if (batch.size() >= PAGE) {
                writeAll(List.copyOf(batch));
                batch.clear();
            }
        });
        writeAll(batch);
        return count[0];
    }

    /** The writes this instance has acknowledged: its own reads change with them (a cache key part). */
    @Override
    public long generation() {
        return writes.get();
    }

    /** The layout recorded by solr-create or the last reindex; 0 for a collection that records none. */
    @Override
    public int mappingVersion() {
        return reads.getAll(List.of(MAPPING_ID)).stream().findFirst()
                .map(meta -> (int) ((Number) meta.getFirstValue(SolrSchema.VERSION_OF_RECORD)).longValue())
                .orElse(0);
    }

    @Override
    public boolean needsReindex() {
        return mappingVersion() < MAPPING_VERSION;
    }

    @Override
    public void markMapped() {
        writer.send(List.of(mappingDocument()));
    }

    /** The bookkeeping document saying every record has the current field layout (a new collection: none yet). */
    static SolrInputDocument mappingDocument() {
        SolrInputDocument meta = new SolrInputDocument();
        meta.setField(SolrSchema.ID, MAPPING_ID);
        meta.setField(SolrSchema.TYPE, META_TYPE);
        meta.setField(SolrSchema.VERSION_OF_RECORD, (long) MAPPING_VERSION);
        meta.setField(SolrSchema.SOURCE, new byte[0]);
        return meta;
    }

    @Override
    public String location() {
        return "SolrCloud " + properties.zkHost() + " / " + properties.collection();
    }

    /** Unknown from here: each replica's size is in Solr's own metrics. */
    @Override
    public long sizeOnDisk() {
        return -1;
    }

    /** Each replica keeps its own transaction log; the service keeps none. */
    @Override
    public long logBytes() {
        return 0;
    }

    @Override
    public long commitAgeMillis() {
        return 0;
    }

    /**
     * Merges every shard's replicas to one segment without the replaced copies (an optimize after a hard commit):
     * term statistics count a replaced copy until a merge removes it, so the eval's scores would otherwise depend
     * on how merges fell, as on the embedded index.
     */
    @Override
    public void settle() {
        solr.call((client, collection) -> client.optimize(collection, true, true, 1));
    }

    /** Whether the collection answers (connecting if needed), for the health check. */
    public SolrStatus status() {
        return solr.status();
    }

    @Override
    public void close() {
        solr.close();
    }
}
