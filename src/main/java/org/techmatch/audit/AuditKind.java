package org.techmatch.audit;

import java.time.Instant;
import org.springframework.stereotype.Component;
import org.techmatch.catalog.Problems;
import org.techmatch.catalog.SystemRecordKind;
import org.techmatch.search.IndexFields;
import org.techmatch.store.IndexedFields;

/** Audit entries as a library of their own in the same index: written with the change they describe, never edited. */
@Component
public final class AuditKind extends SystemRecordKind<AuditEntry> {
    public static final String TYPE = "audit";
    static final String RECORD_ID = "auditRecordId";
    static final String USERNAME = "auditUser";

    public AuditKind() {
        // an entry is written once, at version 1, when the change it describes is
        super(TYPE, "操作日志", "AUD-", AuditEntry.class, (entry, id, version, created, updated) -> entry.identified(id,
                created));
    }

    @Override
    public void validate(AuditEntry entry, Problems problems) {
        problems.text("action", entry.action(), 20, true);
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
}
