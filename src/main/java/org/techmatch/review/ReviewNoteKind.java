package org.techmatch.review;

import org.springframework.stereotype.Component;
import org.techmatch.catalog.Problems;
import org.techmatch.catalog.SystemRecordKind;
import org.techmatch.search.IndexFields;
import org.techmatch.store.IndexedFields;

/**
 * Review decisions as a small library: never listed, read by the reviewed record's owner organisation, managers
 * and the officials of its district (the library rule for unpublished records), found by the record's id.
 */
@Component
public final class ReviewNoteKind extends SystemRecordKind<ReviewNote> {
    static final String RECORD_ID = "recordId";

    public ReviewNoteKind() {
        super("reviewnote", "审核意见", "RVN-", ReviewNote.class, ReviewNote::identified);
    }

    @Override
    public void validate(ReviewNote note, Problems problems) {
        problems.text("reason", note.reason(), 500, note.decision() == ReviewNote.Decision.RETURNED);
    }

    @Override
    public void index(ReviewNote note, IndexedFields doc) {
        IndexFields.filterOnly(doc, RECORD_ID, note.recordId());
        IndexFields.instant(doc, IndexFields.CREATED, note.createdAt());
    }

    @Override
    public boolean listedByDefault(ReviewNote record) {
        return false;
    }

    @Override
    public String ownerOf(ReviewNote record) {
        return record.organisation();
    }

    @Override
    public String districtOf(ReviewNote record) {
        return record.district();
    }
}
