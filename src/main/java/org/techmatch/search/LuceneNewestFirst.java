package org.techmatch.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.LongField;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.TopDocs;
import org.techmatch.store.DocumentStore;
import org.techmatch.store.FieldNames;
import org.techmatch.store.StoredRecord;

/** Newest-first pages of the embedded backend, read from the Lucene index of {@link DocumentStore}. */
public final class LuceneNewestFirst implements NewestFirst {
    private final DocumentStore store;

    public LuceneNewestFirst(DocumentStore store) {
        this.store = store;
    }

    @Override
    public Slice page(String type, Map<String, String> keywords, String timeField, Instant from, Instant to,
                      int offset, int size) {
        Query built = NewestFirst.query(type, keywords, timeField, from, to);
        Sort newestFirst = new Sort(LongField.newSortField(timeField, true, SortedNumericSelector.Type.MAX),
                new SortField(FieldNames.ID, SortField.Type.STRING, true));
        return store.search(List.of(type), searcher -> {
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
