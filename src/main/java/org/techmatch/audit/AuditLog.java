package org.techmatch.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.springframework.stereotype.Service;
import org.techmatch.catalog.LibraryService;
import org.techmatch.search.IndexFields;
import org.techmatch.store.DocumentStore;
import org.techmatch.store.FieldNames;

/** Reads the audit log: newest first, filtered by record, user and time range, a page at a time. */
@Service
public class AuditLog {
    static final int MAX_WINDOW = 10_000;

    private final DocumentStore store;
    private final LibraryService<AuditEntry> entries;

    AuditLog(DocumentStore store, LibraryService<AuditEntry> entries) {
        this.store = store;
        this.entries = entries;
    }

    public record Filter(String recordId, String username, Instant from, Instant to) {
    }

    public record Page(long total, int page, int size, List<AuditEntry> items) {
    }

    public Page find(Filter filter, int page, int size) {
        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(FieldNames.TYPE, AuditKind.TYPE)), Occur.FILTER);
        if (filter.recordId() != null) {
            query.add(new TermQuery(new Term(AuditKind.RECORD_ID, filter.recordId())), Occur.FILTER);
        }
        if (filter.username() != null) {
            query.add(new TermQuery(new Term(AuditKind.USERNAME, filter.username())), Occur.FILTER);
        }
        if (filter.from() != null || filter.to() != null) {
            query.add(LongField.newRangeQuery(IndexFields.CREATED,
                    filter.from() == null ? Long.MIN_VALUE : filter.from().toEpochMilli(),
                    filter.to() == null ? Long.MAX_VALUE : filter.to().toEpochMilli() - 1), Occur.FILTER);
        }
        BooleanQuery built = query.build();
        Sort newestFirst = new Sort(LongField.newSortField(IndexFields.CREATED, true, SortedNumericSelector.Type.MAX),
                new SortField(FieldNames.ID, SortField.Type.STRING, true));
        int offset = (page - 1) * size;
        return store.search(searcher -> {
            TopDocs hits = searcher.search(built, offset + size, newestFirst);
            List<AuditEntry> items = new ArrayList<>();
            var fields = searcher.storedFields();
            for (int i = offset; i < hits.scoreDocs.length; i++) {
                ScoreDoc hit = hits.scoreDocs[i];
                items.add(entries.decode(DocumentStore.read(fields, hit.doc)));
            }
            return new Page(searcher.count(built), page, size, items);
        });
    }
}
