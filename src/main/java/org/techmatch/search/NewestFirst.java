package org.techmatch.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.techmatch.store.FieldNames;
import org.techmatch.store.StoredRecord;

/**
 * Records of one type filtered by keywords and a time range, newest first (ties by id, last first), a page at a
 * time (the audit log). {@link LuceneNewestFirst} on the embedded index, {@code search.solr} on SolrCloud.
 */
public interface NewestFirst {

    /** One page of records and how many match in all. */
    record Slice(long total, List<StoredRecord> records) {
    }

    /**
     * @param keywords  keyword field → value every record must hold (a null value filters nothing)
     * @param timeField an instant field (see {@link IndexFields#instant}) the range and the order apply to
     * @param from      first instant included, or null
     * @param to        first instant excluded, or null
     */
    Slice page(String type, Map<String, String> keywords, String timeField, Instant from, Instant to, int offset,
               int size);

    /** The records a page is cut from, as one query both backends run. */
    static Query query(String type, Map<String, String> keywords, String timeField, Instant from, Instant to) {
        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(FieldNames.TYPE, type)), Occur.FILTER);
        keywords.forEach((field, value) -> {
            if (value != null) {
                query.add(new TermQuery(new Term(field, value)), Occur.FILTER);
            }
        });
        if (from != null || to != null) {
            query.add(LongField.newRangeQuery(timeField, from == null ? Long.MIN_VALUE : from.toEpochMilli(),
                    to == null ? Long.MAX_VALUE : to.toEpochMilli() - 1), Occur.FILTER);
        }
        return query.build();
    }
}
