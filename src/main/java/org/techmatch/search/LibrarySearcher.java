package org.techmatch.search;

import java.io.IOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.document.DoubleField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.util.BytesRef;
import org.techmatch.store.DocumentStore;
import org.techmatch.store.FieldNames;
import org.techmatch.store.StoredRecord;

/** Runs a {@link SearchQuery} against one library: filters, text relevance, sorting, paging, facets, snippets. */
public final class LibrarySearcher {
    static final int SNIPPET_CHARS = 160;
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final DocumentStore store;
    private final TextQueries textQueries;
    private final SnippetHighlighter highlighter;

    public LibrarySearcher(DocumentStore store, TextQueries textQueries, SnippetHighlighter highlighter) {
        this.store = store;
        this.textQueries = textQueries;
        this.highlighter = highlighter;
    }

    /**
     * @param decode   turns a stored record into what the caller returns (already redacted for the viewer)
     * @param snippets field name → the text of that field in a returned record, for highlighting
     */
    public <T> SearchPage<T> search(String type, SearchSchema schema, SearchQuery query, ReadScope scope,
                                    Function<StoredRecord, T> decode, Map<String, Function<T, String>> snippets) {
        Query lucene = scoped(toLucene(type, schema, query), schema, scope);
        Set<String> terms = query.hasText() ? highlighter.termsOf(query.text()) : Set.of();
        List<String> facets = schema.keywordFilters().stream().filter(SearchSchema.KeywordFilter::facet)
                .map(SearchSchema.KeywordFilter::indexField).distinct().toList();
        return store.search(List.of(type), searcher -> {
            int window = query.offset() + query.size();
            TopDocs top = collect(searcher, lucene, query.sort(), window);
            List<SearchPage.Hit<T>> items = new ArrayList<>();
            var storedFields = searcher.storedFields();
            for (int i = query.offset(); i < top.scoreDocs.length; i++) {
                ScoreDoc hit = top.scoreDocs[i];
                T record = decode.apply(DocumentStore.read(storedFields, hit.doc));
                Map<String, String> marks = new LinkedHashMap<>();
                if (!terms.isEmpty()) {
                    snippets.forEach((field, text) -> {
                        String value = text.apply(record);
                        String marked = "title".equals(field) ? highlighter.markAll(value, terms)
                                : highlighter.snippet(value, terms, SNIPPET_CHARS);
                        if (marked != null) {
                            marks.put(field, marked);
                        }
                    });
                }
                Float score = query.sort() == SortOrder.RELEVANCE ? (Float) ((FieldDoc) hit).fields[0] : null;
                items.add(new SearchPage.Hit<>(record, score, marks));
            }
            Map<String, List<SearchPage.FacetCount>> facetCounts = FacetCounter.count(searcher, lucene, facets);
            return new SearchPage<>(top.totalHits.value(), query.page(), query.size(), items, facetCounts);
        });
    }

    /**
     * Visits every hit of a query in its sort order, not just one page (exports). The hits are collected first,
     * then read one at a time, so memory grows with the number of hits, not with their size.
     */
    public void forEachHit(String type, SearchSchema schema, SearchQuery query, ReadScope scope,
                           java.util.function.Consumer<StoredRecord> visitor) {
        Query lucene = scoped(toLucene(type, schema, query), schema, scope);
        store.search(List.of(type), searcher -> {
            TopDocs top = collect(searcher, lucene, query.sort(), Math.max(1, searcher.count(lucene)));
            var storedFields = searcher.storedFields();
            for (ScoreDoc hit : top.scoreDocs) {
                visitor.accept(DocumentStore.read(storedFields, hit.doc));
            }
            return null;
        });
    }

    /**
     * Visits every record of a library that the scope may read, whatever its status, in id order (an export of the
     * whole library).
     */
    public void forEachRecord(String type, SearchSchema schema, ReadScope scope,
                              java.util.function.Consumer<StoredRecord> visitor) {
        Query lucene = scoped(new TermQuery(new Term(FieldNames.TYPE, type)), schema, scope);
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

    /** The filters of a query (type, keyword filters, dates, amounts) without its text: for matching candidates. */
    public Query filterQuery(String type, SearchSchema schema, SearchQuery query) {
        return toLucene(type, schema, new SearchQuery(null, query.filters(), query.createdFrom(), query.createdTo(),
                query.amountMinWan(), query.amountMaxWan(), query.sort(), query.page(), query.size()));
    }

    /**
     * Restricts a query to what the scope may read: the default (published) statuses, plus the unpublished
     * records of the scope's organisation or district.
     */
    static Query scoped(Query query, SearchSchema schema, ReadScope scope) {
        if (scope.everything() || schema.defaultStatuses().isEmpty()) {
            return query;
        }
        BooleanQuery.Builder readable = new BooleanQuery.Builder()
                .add(anyOf("status", schema.defaultStatuses()), Occur.SHOULD);
        if (scope.organisation() != null) {
            readable.add(new TermQuery(new Term(IndexFields.OWNER_KEY, scope.organisation())), Occur.SHOULD);
        }
        if (scope.district() != null) {
            readable.add(new TermQuery(new Term(IndexFields.DISTRICT, scope.district())), Occur.SHOULD);
        }
        return new BooleanQuery.Builder().add(query, Occur.MUST).add(readable.build(), Occur.FILTER).build();
    }

    Query toLucene(String type, SearchSchema schema, SearchQuery query) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        builder.add(new TermQuery(new Term(FieldNames.TYPE, type)), Occur.FILTER);
        query.filters().forEach((field, values) -> builder.add(anyOf(field, values), Occur.FILTER));
        if (!query.filters().containsKey("status") && !schema.defaultStatuses().isEmpty()) {
            builder.add(anyOf("status", schema.defaultStatuses()), Occur.FILTER);
        }
        if (query.createdFrom() != null || query.createdTo() != null) {
            long from = query.createdFrom() == null ? Long.MIN_VALUE
                    : query.createdFrom().atStartOfDay(ZONE).toInstant().toEpochMilli();
            long to = query.createdTo() == null ? Long.MAX_VALUE
                    : query.createdTo().plusDays(1).atStartOfDay(ZONE).toInstant().toEpochMilli() - 1;
            builder.add(LongField.newRangeQuery(IndexFields.CREATED, from, to), Occur.FILTER);
        }
        // Amount filters keep the records whose range overlaps the wanted one; 面议 records have no amount.
        if (query.amountMinWan() != null) {
            builder.add(DoubleField.newRangeQuery(IndexFields.MONEY_MAX, query.amountMinWan(), Double.POSITIVE_INFINITY),
                    Occur.FILTER);
        }
        if (query.amountMaxWan() != null) {
            builder.add(DoubleField.newRangeQuery(IndexFields.MONEY_MIN, Double.NEGATIVE_INFINITY, query.amountMaxWan()),
                    Occur.FILTER);
        }
        if (query.hasText()) {
            Query text = textQueries.forText(query.text());
            builder.add(text == null ? new MatchNoDocsQuery("no searchable token in the query") : text, Occur.MUST);
        } else {
            builder.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        return builder.build();
    }

    private static Query anyOf(String field, List<String> values) {
        return values.size() == 1 ? new TermQuery(new Term(field, values.getFirst()))
                : new TermInSetQuery(field, values.stream().map(BytesRef::new).toList());
    }

    private static TopDocs collect(IndexSearcher searcher, Query query, SortOrder order, int window)
            throws IOException {
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
        return searcher.search(query, new TopFieldCollectorManager(sort, Math.max(1, window), null, Integer.MAX_VALUE));
    }

    /** Sorts by the lower bound of the amount; 面议 records (no amount) go last either way. */
    private static SortField amountSort(boolean descending) {
        return DoubleField.newSortField(IndexFields.MONEY_MIN, descending, SortedNumericSelector.Type.MIN,
                descending ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
    }
}
