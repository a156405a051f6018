package org.techmatch.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.techmatch.store.DocumentStore;
import org.techmatch.store.FieldNames;
import org.techmatch.store.StoredRecord;

/** Records of one type filtered by keywords and a time range, newest first (ties by id, last first), a page at a time. */
public final class NewestFirst {
    private final DocumentStore store;

    public NewestFirst(DocumentStore store) {
        this.store = store;
    }

    /** One page of records and how many match in all. */
    public record Slice(long total, List<StoredRecord> records) {
    }

    /**
     * @param keywords  keyword field → value every record must hold (a null value filters nothing)
     * @param timeField an instant field (see {@link IndexFields#instant}) the range and the order apply to
     * @param from      first instant included, or null
     * @param to        first instant excluded, or null
     */
    public Slice page(String type, Map<String, String> keywords, String timeField, Instant from, Instant to,
                      int offset, int size) {
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
        BooleanQuery built = query.build();
        Sort newestFirst = new Sort(LongField.newSortField(timeField, true, SortedNumericSelector.Type.MAX),
                new SortField(FieldNames.ID, SortField.Type.STRING, true));
        return store.search(java.util.List.of(type), searcher -> {
            TopDocs hits = searcher.search(built, offset + size, newestFirst);
            List<StoredRecord> records = new ArrayList<>();
            var fields = searcher.storedFields();
            for (int i = offset; i < hits.scoreDocs.length; i++) {
                records.add(DocumentStore.read(fields, hits.scoreDocs[i].doc));
            }
            return new Slice(searcher.count(built), records);
        });
    }
}
