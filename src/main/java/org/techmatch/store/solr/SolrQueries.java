package org.techmatch.store.solr;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.common.util.NamedList;
import org.techmatch.store.IndexedFields;
import org.techmatch.store.StoredRecord;

/**
 * The one door through which the search package reads the collection beyond the record store's own reads: its
 * queries (full-text search, facets, audit pages, duplicates, matching's candidates), the terms component, records
 * with chosen fields. Every read sees the writes this
 * instance acknowledged (a soft commit first when it has written since), as the store's keyword reads do; failures
 * are the store's 503.
 */
public final class SolrQueries {
    /** Solr's id field, the record's type and stored version, as queries name them. */
    public static final String ID = SolrSchema.ID;
    public static final String TYPE = SolrSchema.TYPE;
    public static final String VERSION = SolrSchema.VERSION_OF_RECORD;
    /** The fields {@link #record} needs. */
    public static final String STORED_FIELDS = SolrSchema.STORED_FIELDS;
    /** The names of the indexed fields a document holds (an empty text field not counted). */
    public static final String PRESENT = SolrSchema.PRESENT;

    private final SolrConnection solr;
    private final SolrReads reads;

    SolrQueries(SolrConnection solr, SolrReads reads) {
        this.solr = solr;
        this.reads = reads;
    }

    /** Runs a query (sent as a POST: a query vector makes it too long for a URL). */
    public QueryResponse query(SolrQuery query) {
        reads.ensureFresh();
        return solr.call((client, collection) -> client.query(collection, query, SolrRequest.METHOD.POST));
    }

    /**
     * Visits every hit of a query in its own sort order (which must end with the id), a page at a time through
     * Solr's cursor: exports, audit pages, a library's listing.
     */
    public void forEachHit(SolrQuery query, int pageSize, java.util.function.Consumer<SolrDocument> visitor) {
        reads.forEachPageSorted(query.setRows(pageSize), visitor);
    }

    /** A request to another handler of the collection (e.g. /terms), distributed over its shards. */
    public NamedList<Object> request(String path, SolrParams params) {
        reads.ensureFresh();
        QueryRequest request = new QueryRequest(params, SolrRequest.METHOD.POST);
        request.setPath(path);
        return solr.call((client, collection) -> client.request(request, collection));
    }

    /** The documents with these ids that exist, by real-time get, with the fields fl. */
    public List<SolrDocument> getById(Collection<String> ids, String fl) {
        if (ids.isEmpty()) {
            return List.of();
        }
        ModifiableSolrParams params = new ModifiableSolrParams().set("fl", fl);
        return new ArrayList<>(solr.call((client, collection) -> client.getById(collection, ids, params)));
    }

    /** The Solr field that holds one of our indexed fields of this use. */
    public static String field(IndexedFields.Use use, String name) {
        return SolrSchema.field(use, name);
    }

    /** The stored record of a document read with {@link #STORED_FIELDS}. */
    public static StoredRecord record(SolrDocument doc) {
        return SolrDocuments.read(doc);
    }

    /** A vector read from a stored vector field, or null when the document has none. */
    public static float[] vector(SolrDocument doc, String field) {
        Collection<Object> values = doc.getFieldValues(field);
        if (values == null || values.isEmpty()) {
            return null;
        }
        float[] vector = new float[values.size()];
        int i = 0;
        for (Object value : values) {
            vector[i++] = ((Number) value).floatValue();
        }
        return vector;
    }

    /** A filter on one exact value, whatever characters it holds. */
    public static String term(String field, String value) {
        return SolrReads.term(field, value);
    }
}
