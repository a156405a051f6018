package org.techmatch.audit;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import org.techmatch.catalog.Problems;
import org.techmatch.catalog.RecordKind;
import org.techmatch.catalog.Viewer;
import org.techmatch.search.IndexFields;
import org.techmatch.search.SearchSchema;
import org.techmatch.store.IndexedFields;

/** Audit entries as a library of their own in the same index: written with the change they describe, never edited. */
@Component
public final class AuditKind implements RecordKind<AuditEntry> {
    public static final String TYPE = "audit";
    static final String RECORD_ID = "auditRecordId";
    static final String USERNAME = "auditUser";
    private static final SearchSchema SCHEMA = new SearchSchema(List.of(), null, List.of());

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String displayName() {
        return "操作日志";
    }

    @Override
    public String idPrefix() {
        return "AUD-";
    }

    @Override
    public Class<AuditEntry> recordClass() {
        return AuditEntry.class;
    }

    @Override
    public void validate(AuditEntry entry, Problems problems) {
        problems.text("action", entry.action(), 20, true);
    }

    @Override
    public AuditEntry initial(AuditEntry submitted, String id, Instant now) {
        return submitted.identified(id, now);
    }

    /** Entries are never revised: the log is append-only. */
    @Override
    public AuditEntry revised(AuditEntry current, AuditEntry submitted, Instant now) {
        throw new UnsupportedOperationException("audit entries are append-only");
    }

    @Override
    public AuditEntry retired(AuditEntry current, Instant now) {
        throw new UnsupportedOperationException("audit entries are append-only");
    }

    @Override
    public void index(AuditEntry entry, IndexedFields doc) {
        entry.recordIds().forEach(id -> IndexFields.filterOnly(doc, RECORD_ID, id));
        IndexFields.filterOnly(doc, USERNAME, entry.username());
        IndexFields.instant(doc, IndexFields.CREATED, entry.at());
    }

    @Override
    public SearchSchema searchSchema() {
        return SCHEMA;
    }

    @Override
    public AuditEntry redactFor(Viewer viewer, AuditEntry record) {
        return record;
    }

    @Override
    public boolean listedByDefault(AuditEntry record) {
        return true;
    }

    @Override
    public String comparableText(AuditEntry record) {
        return null;
    }
}
