package org.techmatch.search;

import java.time.ZoneId;
import java.util.List;
import org.apache.lucene.document.DoubleField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.techmatch.store.FieldNames;

/**
 * The query of a library search as a Lucene query: type, keyword filters, dates, amounts, text and the viewer's
 * read scope. Both backends run this one query (the solrcloud one after translating it), so they filter and score
 * alike.
 */
public final class SearchQueries {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final TextQueries textQueries;

    public SearchQueries(TextQueries textQueries) {
        this.textQueries = textQueries;
    }

    /** The whole query of a search: what it asks, restricted to what the scope may read. */
    public Query scopedQuery(String type, SearchSchema schema, SearchQuery query, ReadScope scope) {
        return scoped(query(type, schema, query), schema, scope);
    }

    /** Every record of a type the scope may read, whatever its status. */
    public Query everyRecord(String type, SearchSchema schema, ReadScope scope) {
        return scoped(new TermQuery(new Term(FieldNames.TYPE, type)), schema, scope);
    }

    /** The filters of a query (type, keyword filters, dates, amounts) without its text: for matching candidates. */
    public Query filterQuery(String type, SearchSchema schema, SearchQuery query) {
        return query(type, schema, new SearchQuery(null, query.filters(), query.createdFrom(), query.createdTo(),
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

    Query query(String type, SearchSchema schema, SearchQuery query) {
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
}
