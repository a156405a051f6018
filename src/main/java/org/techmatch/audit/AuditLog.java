package org.techmatch.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import java.util.Set;
import org.techmatch.catalog.ForbiddenException;
import org.techmatch.catalog.Libraries;
import org.techmatch.catalog.LibraryService;
import org.techmatch.catalog.RecordCodec;
import org.techmatch.catalog.Role;
import org.techmatch.catalog.Viewer;
import org.techmatch.search.IndexFields;
import org.techmatch.search.NewestFirst;

/**
 * Reads the audit log for a viewer: newest first, filtered by record, user and time range, a page at a time; only
 * entries of records the viewer may read, their before and after redacted as the record is ({@link AuditRedaction}).
 * Officials only; a district official's totals count only the entries it is shown.
 */
@Service
public class AuditLog {
    static final int MAX_WINDOW = 10_000;

    private final NewestFirst log;
    private final LibraryService<AuditEntry> entries;
    private final Libraries libraries;
    private final RecordCodec codec;

    AuditLog(NewestFirst log, LibraryService<AuditEntry> entries, Libraries libraries, RecordCodec codec) {
        this.log = log;
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
        Map<String, String> keywords = new LinkedHashMap<>();
        keywords.put(AuditKind.RECORD_ID, filter.recordId());
        keywords.put(AuditKind.USERNAME, filter.username());
        int offset = (page - 1) * size;
        AuditRedaction redaction = new AuditRedaction(viewer, libraries, codec);
        boolean everything = viewer.district() == null; // a city-level official reads every record
        // a district official is shown only some entries: every match is read, so pages and totals count those
        int window = everything ? size : (int) Math.min(Integer.MAX_VALUE - 1, log.page(AuditKind.TYPE, keywords,
                IndexFields.CREATED, filter.from(), filter.to(), 0, 1).total());
        NewestFirst.Slice slice = log.page(AuditKind.TYPE, keywords, IndexFields.CREATED, filter.from(), filter.to(),
                everything ? offset : 0, Math.max(1, window));
        List<AuditEntry> items = new ArrayList<>();
        int shown = 0;
        for (var stored : slice.records()) {
            var entry = redaction.shown(entries.decode(stored));
            if (entry.isEmpty()) {
                continue;
            }
            if (everything || (shown >= offset && shown < offset + size)) {
                items.add(entry.get());
            }
            shown++;
        }
        return new Page(everything ? slice.total() : shown, page, size, items);
    }
}
