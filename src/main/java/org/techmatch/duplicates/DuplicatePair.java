package org.techmatch.duplicates;

import java.time.Instant;
import org.techmatch.catalog.CatalogRecord;

/**
 * Two records of one library that look like the same thing published twice (a university's achievement and a
 * broker's re-post with small edits), found on import: kept for a manager, who merges them (retires one) or
 * keeps both. Stored durably in the index like every library record, so the list survives restarts.
 *
 * @param library    the records' type (achievement, demand, expert)
 * @param recordId   the newer record, the one whose import raised the flag
 * @param otherId    the record it resembles
 * @param similarity character-bigram Jaccard similarity of the two records' texts, 0–1
 * @param exact      whether the texts are identical once normalised
 * @param importId   the import job that raised it
 * @param keptId     after a merge, the record that was kept
 */
public record DuplicatePair(String id, long version, DuplicateStatus status, String library, String recordId,
                            String recordTitle, String otherId, String otherTitle, double similarity, boolean exact,
                            String importId, String keptId, Instant createdAt, Instant updatedAt)
        implements CatalogRecord {

    /** 「title ↔ other title」: how a list shows the pair. Not a JSON property. */
    @Override
    public String title() {
        return recordTitle + " ↔ " + otherTitle;
    }

    DuplicatePair with(String newId, long newVersion, DuplicateStatus newStatus, String kept, Instant created,
                       Instant updated) {
        return new DuplicatePair(newId, newVersion, newStatus, library, recordId, recordTitle, otherId, otherTitle,
                similarity, exact, importId, kept, created, updated);
    }
}
