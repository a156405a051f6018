package org.techmatch.search.solr;

import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrQuery.ORDER;
import org.techmatch.search.IndexFields;
import org.techmatch.search.SortOrder;
import org.techmatch.store.IndexedFields.Use;
import org.techmatch.store.solr.SolrSchema;

/**
 * The orders of {@link SortOrder} as Solr sorts, value for value the embedded backend's: numbers are multi-valued
 * fields, so the value a record sorts by is chosen as Lucene's selector chooses it (latest time, lower amount),
 * records without an amount (面议) go last either way, and ties are broken by id.
 */
final class SolrSorts {
    private SolrSorts() {
    }

    static SolrQuery apply(SolrQuery query, SortOrder order) {
        switch (order) {
            case RELEVANCE -> query.addSort("score", ORDER.desc);
            case NEWEST -> query.addSort(latest(IndexFields.CREATED), ORDER.desc);
            case UPDATED -> query.addSort(latest(IndexFields.UPDATED), ORDER.desc);
            case AMOUNT_ASC, AMOUNT_DESC -> {
                String amount = "field(" + SolrQueryText.field(IndexFields.MONEY_MIN, Use.DOUBLE) + ",min)";
                query.addSort("if(exists(" + amount + "),1,0)", ORDER.desc);
                query.addSort(amount, order == SortOrder.AMOUNT_ASC ? ORDER.asc : ORDER.desc);
            }
        }
        return query.addSort(SolrSchema.ID, ORDER.asc);
    }

    /** The latest of an instant field's values (a record without one sorts as 0, as in Lucene). */
    static String latest(String timeField) {
        return "field(" + SolrQueryText.field(timeField, Use.LONG) + ",max)";
    }
}
