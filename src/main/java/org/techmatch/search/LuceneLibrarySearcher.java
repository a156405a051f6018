package org.techmatch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.lucene.document.DoubleField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.techmatch.store.DocumentStore;
import org.techmatch.store.FieldNames;
import org.techmatch.store.StoredRecord;

/** The library search of the embedded backend: reads the Lucene index of {@link DocumentStore} directly. */
public final class LuceneLibrarySearcher implements LibrarySearcher {
    private final DocumentStore store;
    private final SearchQueries queries;
    private final HitHighlights highlights;

    public LuceneLibrarySearcher(DocumentStore store, TextQueries textQueries, SnippetHighlighter highlighter) {
        this.store = store;
        this.queries = new SearchQueries(textQueries);
        this.highlights = new HitHighlights(highlighter);
    }

    @Override
    public <T> SearchPage<T> search(String type, SearchSchema schema, SearchQuery query, ReadScope scope,
                                    Function<StoredRecord, T> decode, Map<String, Function<T, String>> snippets) {
        Query lucene = queries.scopedQuery(type, schema, query, scope);
        Set<String> terms = highlights.termsOf(query);
        List<String> facets = schema.facetFields();
        return store.search(List.of(type), searcher -> {
            int window = query.offset() + query.size();
            // One pass: the top hits and the facet counts need every matching document, so they share it.
            Object[] collected = searcher.search(lucene, new MultiCollectorManager(
                    topHits(query.sort(), window), FacetCounter.counting(facets)));
            TopDocs top = (TopDocs) collected[0];
            @SuppressWarnings("unchecked")
            var facetCounts = (Map<String, List<SearchPage.FacetCount>>) collected[1];
            List<SearchPage.Hit<T>> items = new ArrayList<>();
            var storedFields = searcher.storedFields();
            for (int i = query.offset(); i < top.scoreDocs.length; i++) {
                ScoreDoc hit = top.scoreDocs[i];
                T record = decode.apply(DocumentStore.read(storedFields, hit.doc));
                Float score = query.sort() == SortOrder.RELEVANCE ? (Float) ((FieldDoc) hit).fields[0] : null;
                items.add(new SearchPage.Hit<>(record, score, highlights.of(record, terms, snippets)));
            }
            return new SearchPage<>(top.totalHits.value(), query.page(), query.size(), items, facetCounts);
        });
    }

    /** The hits are collected first, then read one at a time, so memory grows with their number, not size. */
    @Override
    public void forEachHit(String type, SearchSchema schema, SearchQuery query, ReadScope scope,
                           Consumer<StoredRecord> visitor) {
        Query lucene = queries.scopedQuery(type, schema, query, scope);
        store.search(List.of(type), searcher -> {
            TopDocs top = collect(searcher, lucene, query.sort(), Math.max(1, searcher.count(lucene)));
            var storedFields = searcher.storedFields();
            for (ScoreDoc hit : top.scoreDocs) {
                visitor.accept(DocumentStore.read(storedFields, hit.doc));
            }
            return null;
        });
    }

    @Override
    public void forEachRecord(String type, SearchSchema schema, ReadScope scope, Consumer<StoredRecord> visitor) {
        Query lucene = queries.everyRecord(type, schema, scope);
        store.search(List.of(type), searcher -> {
            TopDocs top = searcher.search(lucene, Math.max(1, searcher.count(lucene)),
                    new Sort(new SortField(FieldNames.ID, SortField.Type.STRING)));
            var storedFields = searcher.storedFields();
            for (ScoreDoc hit : top.scoreDocs) {
                visitor.accept(DocumentStore.read(storedFields, hit.doc));
            }
            return null;
        });
    }

    @Override
    public Query filterQuery(String type, SearchSchema schema, SearchQuery query) {
        return queries.filterQuery(type, schema, query);
    }

    private static TopDocs collect(IndexSearcher searcher, Query query, SortOrder order, int window)
            throws IOException {
        return searcher.search(query, topHits(order, window));
    }

    private static TopFieldCollectorManager topHits(SortOrder order, int window) {
        SortField byId = new SortField(FieldNames.ID, SortField.Type.STRING);
        Sort sort = switch (order) {
            case RELEVANCE -> new Sort(SortField.FIELD_SCORE, byId);
            case NEWEST -> new Sort(LongField.newSortField(IndexFields.CREATED, true, SortedNumericSelector.Type.MAX),
                    byId);
            case UPDATED -> new Sort(LongField.newSortField(IndexFields.UPDATED, true, SortedNumericSelector.Type.MAX),
                    byId);
            case AMOUNT_ASC -> new Sort(amountSort(false), byId);
            case AMOUNT_DESC -> new Sort(amountSort(true), byId);
        };
        return new TopFieldCollectorManager(sort, Math.max(1, window), null, Integer.MAX_VALUE);
    }

    /** Sorts by the lower bound of the amount; 面议 records (no amount) go last either way. */
    private static SortField amountSort(boolean descending) {
        return DoubleField.newSortField(IndexFields.MONEY_MIN, descending, SortedNumericSelector.Type.MIN,
                descending ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
    }
}
