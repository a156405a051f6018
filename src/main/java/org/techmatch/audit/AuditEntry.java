package org.techmatch.audit;

import java.time.Instant;
import java.util.List;
import org.techmatch.catalog.CatalogRecord;
import org.techmatch.catalog.Role;

/**
 * One write or state transition: who (account, role, organisation; 系统 for work without a signed-in user), when,
 * which record(s), and for an update every changed field with its value before and after.
 *
 * @param action    创建, 修改, 状态变更 (a status or stage moved) or 批量创建 (fixtures, imports: one entry a batch)
 * @param recordIds the record written, or every record of a batch
 */
public record AuditEntry(String id, long version, Instant at, String username, Role role, String organisation,
                         String action, String recordType, List<String> recordIds, Long recordVersion,
                         String summary, List<FieldChange> changes, Instant createdAt, Instant updatedAt)
        implements CatalogRecord {

    public AuditEntry {
        recordIds = recordIds == null ? List.of() : List.copyOf(recordIds);
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    @Override
    public String title() {
        return summary;
    }

    /** A field of the record as it was and as it became (JSON text, shortened when long; secrets never shown). */
    public record FieldChange(String field, String before, String after) {
    }

    AuditEntry identified(String newId, Instant now) {
        return new AuditEntry(newId, 1, at == null ? now : at, username, role, organisation, action, recordType,
                recordIds, recordVersion, summary, changes, now, now);
    }
}
