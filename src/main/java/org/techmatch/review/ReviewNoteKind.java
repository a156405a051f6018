package org.techmatch.review;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import org.techmatch.catalog.Problems;
import org.techmatch.catalog.RecordKind;
import org.techmatch.catalog.Viewer;
import org.techmatch.search.IndexFields;
import org.techmatch.search.SearchSchema;
import org.techmatch.store.IndexedFields;

/**
 * Review decisions as a small library: never listed, read by the reviewed record's owner organisation, managers
 * and the officials of its district (the library rule for unpublished records), found by the record's id.
 */
@Component
public final class ReviewNoteKind implements RecordKind<ReviewNote> {
    static final String RECORD_ID = "recordId";
    private static final SearchSchema SCHEMA = new SearchSchema(List.of(), null, List.of());

    @Override
    public String type() {
        return "reviewnote";
    }

    @Override
    public String displayName() {
        return "审核意见";
    }

    @Override
    public String idPrefix() {
        return "RVN-";
    }

    @Override
    public Class<ReviewNote> recordClass() {
        return ReviewNote.class;
    }

    @Override
    public void validate(ReviewNote note, Problems problems) {
        problems.text("reason", note.reason(), 500, note.decision() == ReviewNote.Decision.RETURNED);
    }

    @Override
    public ReviewNote initial(ReviewNote submitted, String id, Instant now) {
        return submitted.identified(id, 1, now, now);
    }

    @Override
    public ReviewNote revised(ReviewNote current, ReviewNote submitted, Instant now) {
        return submitted.identified(current.id(), current.version() + 1, current.createdAt(), now);
    }

    @Override
    public ReviewNote retired(ReviewNote current, Instant now) {
        return current;
    }

    @Override
    public void index(ReviewNote note, IndexedFields doc) {
        IndexFields.filterOnly(doc, RECORD_ID, note.recordId());
        IndexFields.instant(doc, IndexFields.CREATED, note.createdAt());
    }

    @Override
    public SearchSchema searchSchema() {
        return SCHEMA;
    }

    @Override
    public ReviewNote redactFor(Viewer viewer, ReviewNote record) {
        return record;
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

    /** The decision is stored with the record's own audited write, which names the reviewer and the new status. */
    @Override
    public boolean audited() {
        return false;
    }

    @Override
    public String comparableText(ReviewNote record) {
        return null;
    }
}
