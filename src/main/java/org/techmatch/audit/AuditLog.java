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
import java.util.Set;
import org.techmatch.catalog.ForbiddenException;
import org.techmatch.catalog.Libraries;
import org.techmatch.catalog.LibraryService;
import org.techmatch.catalog.RecordCodec;
import org.techmatch.catalog.Role;
import org.techmatch.catalog.Viewer;
import org.techmatch.search.IndexFields;
import org.techmatch.store.DocumentStore;
import org.techmatch.store.FieldNames;

/**
 * Reads the audit log for a viewer: newest first, filtered by record, user and time range, a page at a time; only
 * entries of records the viewer may read, their before and after redacted as the record is ({@link AuditRedaction}).
 * Officials only; a district official's totals count only the entries it is shown.
 */
@Service
public class AuditLog {
    static final int MAX_WINDOW = 10_000;

    private final DocumentStore store;
    private final LibraryService<AuditEntry> entries;
    private final Libraries libraries;
    private final RecordCodec codec;

    AuditLog(DocumentStore store, LibraryService<AuditEntry> entries, Libraries libraries, RecordCodec codec) {
        this.store = store;
        this.entries = entries;
        this.libraries = libraries;
        this.codec = codec;
    }

    public record Filter(String recordId, String username, Instant from, Instant to) {
    }

    public record Page(long total, int page, int size, List<AuditEntry> items) {
    }

    public Page find(Filter filter, int page, int size, Viewer viewer) {
        ForbiddenException.unlessRole(viewer, "查看审计日志", Set.of(Role.OFFICIAL));
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
        AuditRedaction redaction = new AuditRedaction(viewer, libraries, codec);
        boolean everything = viewer.district() == null; // a city-level official reads every record
        return store.search(searcher -> {
            int total = searcher.count(built);
            TopDocs hits = searcher.search(built, Math.max(1, everything ? offset + size : total), newestFirst);
            List<AuditEntry> items = new ArrayList<>();
            var fields = searcher.storedFields();
            int shown = 0;
            for (int i = everything ? offset : 0; i < hits.scoreDocs.length; i++) {
                ScoreDoc hit = hits.scoreDocs[i];
                var entry = redaction.shown(entries.decode(DocumentStore.read(fields, hit.doc)));
                if (entry.isEmpty()) {
                    continue;
                }
                if (everything || (shown >= offset && shown < offset + size)) {
                    items.add(entry.get());
                }
                shown++;
            }
            return new Page(everything ? total : shown, page, size, items);
        });
    }
}
