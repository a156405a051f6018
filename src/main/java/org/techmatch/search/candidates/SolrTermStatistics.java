package org.techmatch.search.candidates;

import java.util.List;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.NamedList;
import org.techmatch.store.IndexedFields;
import org.techmatch.store.StoreUnavailableException;
import org.techmatch.store.solr.SolrQueries;

/**
 * Term statistics of a SolrCloud collection: document frequencies from the terms component (the configset's
 * /terms handler, distributed, so summed over the shards; like Lucene's docFreq it counts a replaced copy until a
 * merge removes it) and a field's document count from the documents listing it among their present fields (an
 * empty text field is not listed, as Lucene's count of a field's documents does not count it).
 */
final class SolrTermStatistics implements TermStatistics {
    private final SolrQueries solr;
    private final Object snapshot;

    SolrTermStatistics(SolrQueries solr, Object snapshot) {
        this.solr = solr;
        this.snapshot = snapshot;
    }

    @Override
    public Object snapshot() {
        return snapshot;
    }

    @Override
    public int docCount(String field) {
        SolrQuery query = new SolrQuery("*:*").setRows(0)
                .addFilterQuery(SolrQueries.term(SolrQueries.PRESENT, field));
        return (int) solr.query(query).getResults().getNumFound();
    }

    @Override
    public int[] docFreqs(String field, List<String> terms) {
        int[] df = new int[terms.size()];
        if (terms.isEmpty()) {
            return df;
        }
        String solrField = SolrQueries.field(IndexedFields.Use.TEXT, field);
        StringBuilder list = new StringBuilder();
        for (String term : terms) {
            if (!list.isEmpty()) {
                list.append(',');
            }
            // terms.list is split on commas, a backslash escaping the next character
            list.append(term.replace("\\", "\\\\").replace(",", "\\,"));
        }
        ModifiableSolrParams params = new ModifiableSolrParams().set("terms.fl", solrField)
                .set("terms.list", list.toString()).set("terms.limit", -1).set("terms.mincount", 1);
        NamedList<Object> response;
        try {
            response = solr.request("/terms", params);
        } catch (SolrException e) {
            if (e.code() == 404) {
                // a collection made from a configset older than the /terms handler: say what to do, as a 503
                throw new StoreUnavailableException("SolrCloud 集合缺少 /terms 处理器（旧的配置集）：请用本版本的 solr-create "
                        + "重新上传配置集并重新加载集合", e);
            }
            throw e;
        }
        Object byField = response.get("terms") instanceof NamedList<?> fields ? fields.get(solrField) : null;
        if (byField instanceof NamedList<?> counts) {
            for (int i = 0; i < df.length; i++) {
                Object count = counts.get(terms.get(i));
                df[i] = count instanceof Number n ? n.intValue() : 0;
            }
        }
        return df;
    }
}
