package org.techmatch.search.solr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.lucene.search.Query;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.techmatch.search.HitHighlights;
import org.techmatch.search.IndexFields;
import org.techmatch.search.LibrarySearcher;
import org.techmatch.search.ReadScope;
import org.techmatch.search.SearchPage;
import org.techmatch.search.SearchQueries;
import org.techmatch.search.SearchQuery;
import org.techmatch.search.SearchSchema;
import org.techmatch.search.SnippetHighlighter;
import org.techmatch.search.SortOrder;
import org.techmatch.search.TextQueries;
import org.techmatch.store.IndexedFields.Use;
import org.techmatch.store.StoredRecord;
import org.techmatch.store.solr.SolrQueries;
import org.techmatch.store.solr.SolrSchema;

/**
 * The library search of the solrcloud backend: the query {@link SearchQueries} builds, translated, scored by Solr's
 * BM25 with statistics of the whole collection (ExactStatsCache), facets counted by Solr over every hit, snippets
 * made from the returned records as on the embedded backend.
 */
public final class SolrLibrarySearcher implements LibrarySearcher {
    private static final int PAGE = 500;

    private final SolrQueries solr;
    private final SearchQueries queries;
    private final HitHighlights highlights;

    public SolrLibrarySearcher(SolrQueries solr, TextQueries textQueries, SnippetHighlighter highlighter) {
        this.solr = solr;
        this.queries = new SearchQueries(textQueries);
        this.highlights = new HitHighlights(highlighter);
    }

    @Override
    public <T> SearchPage<T> search(String type, SearchSchema schema, SearchQuery query, ReadScope scope,
                                    Function<StoredRecord, T> decode, Map<String, Function<T, String>> snippets) {
        List<String> facets = schema.facetFields();
        SolrQuery solr = SolrSorts.apply(query(queries.scopedQuery(type, schema, query, scope)), query.sort())
                .setStart(query.offset()).setRows(query.size())
                .setFields(SolrSchema.STORED_FIELDS + ",score");
        if (!facets.isEmpty()) {
            solr.setFacet(true).setFacetLimit(-1).setFacetMinCount(1);
            facets.forEach(field -> solr.addFacetField(facetField(field)));
        }
        QueryResponse response = this.solr.query(solr);
        Set<String> terms = highlights.termsOf(query);
        List<SearchPage.Hit<T>> items = new ArrayList<>();
        for (SolrDocument doc : response.getResults()) {
            T record = decode.apply(SolrQueries.record(doc));
            Float score = query.sort() == SortOrder.RELEVANCE ? ((Number) doc.getFieldValue("score")).floatValue()
                    : null;
            items.add(new SearchPage.Hit<>(record, score, highlights.of(record, terms, snippets)));
        }
        Map<String, List<SearchPage.FacetCount>> counts = new LinkedHashMap<>();
        for (String field : facets) {
            counts.put(field, counts(response.getFacetField(facetField(field))));
        }
        return new SearchPage<>(response.getResults().getNumFound(), query.page(), query.size(), items, counts);
    }

    @Override
    public void forEachHit(String type, SearchSchema schema, SearchQuery query, ReadScope scope,
                           Consumer<StoredRecord> visitor) {
        SolrQuery solr = SolrSorts.apply(query(queries.scopedQuery(type, schema, query, scope)), query.sort())
                .setFields(SolrSchema.STORED_FIELDS);
        this.solr.forEachHit(solr, PAGE, doc -> visitor.accept(SolrQueries.record(doc)));
    }

    @Override
    public void forEachRecord(String type, SearchSchema schema, ReadScope scope, Consumer<StoredRecord> visitor) {
        SolrQuery solr = query(queries.everyRecord(type, schema, scope))
                .addSort(SolrSchema.ID, SolrQuery.ORDER.asc).setFields(SolrSchema.STORED_FIELDS);
        this.solr.forEachHit(solr, PAGE, doc -> visitor.accept(SolrQueries.record(doc)));
    }

    @Override
    public Query filterQuery(String type, SearchSchema schema, SearchQuery query) {
        return queries.filterQuery(type, schema, query);
    }

    /** A Lucene query of ours as a Solr request in the standard syntax (whose operators it spells out). */
    static SolrQuery query(Query lucene) {
        SolrQuery solr = new SolrQuery(SolrQueryText.of(lucene));
        solr.set("defType", "lucene");
        solr.set("q.op", "OR");
        return solr;
    }

    private static String facetField(String field) {
        return SolrQueryText.field(IndexFields.FACET_PREFIX + field, Use.FACET);
    }

    /** Most frequent first, then by value, as the embedded backend orders them. */
    private static List<SearchPage.FacetCount> counts(FacetField facet) {
        List<SearchPage.FacetCount> counts = new ArrayList<>();
        if (facet != null && facet.getValues() != null) {
            facet.getValues().forEach(v -> counts.add(new SearchPage.FacetCount(v.getName(), v.getCount())));
        }
        counts.sort((a, b) -> a.count() != b.count() ? Long.compare(b.count(), a.count())
                : a.value().compareTo(b.value()));
        return counts;
    }
}
