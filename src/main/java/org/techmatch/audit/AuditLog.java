package org.techmatch.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.techmatch.catalog.LibraryService;
import org.techmatch.search.IndexFields;
import org.techmatch.search.NewestFirst;
import org.techmatch.store.DocumentStore;

/** Reads the audit log: newest first, filtered by record, user and time range, a page at a time. */
@Service
public class AuditLog {
    static final int MAX_WINDOW = 10_000;

    private final NewestFirst log;
    private final LibraryService<AuditEntry> entries;

    AuditLog(DocumentStore store, LibraryService<AuditEntry> entries) {
        this.log = new NewestFirst(store);
        this.entries = entries;
    }

    public record Filter(String recordId, String username, Instant from, Instant to) {
    }

    public record Page(long total, int page, int size, List<AuditEntry> items) {
    }

    public Page find(Filter filter, int page, int size) {
        Map<String, String> keywords = new LinkedHashMap<>();
        keywords.put(AuditKind.RECORD_ID, filter.recordId());
        keywords.put(AuditKind.USERNAME, filter.username());
        NewestFirst.Slice slice = log.page(AuditKind.TYPE, keywords, IndexFields.CREATED, filter.from(), filter.to(),
                (page - 1) * size, size);
        List<AuditEntry> items = new ArrayList<>();
        slice.records().forEach(stored -> items.add(entries.decode(stored)));
        return new Page(slice.total(), page, size, items);
    }
}
