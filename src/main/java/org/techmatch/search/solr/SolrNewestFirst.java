package org.techmatch.search.solr;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.techmatch.search.NewestFirst;
import org.techmatch.store.StoredRecord;
import org.techmatch.store.solr.SolrQueries;
import org.techmatch.store.solr.SolrSchema;

/** Newest-first pages (the audit log) on the solrcloud backend: one Solr query per page, with its total. */
public final class SolrNewestFirst implements NewestFirst {
    private final SolrQueries queries;

    public SolrNewestFirst(SolrQueries queries) {
        this.queries = queries;
    }

    @Override
    public Slice page(String type, Map<String, String> keywords, String timeField, Instant from, Instant to,
                      int offset, int size) {
        SolrQuery query = SolrLibrarySearcher.query(NewestFirst.query(type, keywords, timeField, from, to))
                .addSort(SolrSorts.latest(timeField), SolrQuery.ORDER.desc)
                .addSort(SolrSchema.ID, SolrQuery.ORDER.desc)
                .setStart(offset).setRows(size).setFields(SolrSchema.STORED_FIELDS);
        QueryResponse response = queries.query(query);
        List<StoredRecord> records = new ArrayList<>();
        for (SolrDocument doc : response.getResults()) {
            records.add(SolrQueries.record(doc));
        }
        return new Slice(response.getResults().getNumFound(), records);
    }
}
