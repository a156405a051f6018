package org.techmatch.catalog;

import java.time.Instant;
import java.time.LocalDate;
import org.techmatch.search.SearchSchema;
import org.techmatch.store.IndexedFields;

/**
 * Everything the generic library code needs to know about one kind of record: its identity,
 * its rules, how it is indexed and what a viewer may see of it.
 */
public interface RecordKind<T extends CatalogRecord> {
    /** Stored in the index's type field and used in URLs' error messages: "achievement". */
    String type();

    /** Chinese name of the library's records: 科技成果. */
    String displayName();

    /** Prefix of generated ids: "ACH-". */
    String idPrefix();

    Class<T> recordClass();

    /** Checks the content rules of a record as submitted; adds every broken rule to problems. */
    void validate(T submitted, Problems problems);

    /**
     * Rules only a user's create or edit through the API must keep, beside {@link #validate}: imports and
     * fixtures carry history (a validity long past) and system writes move records the calendar retired.
     *
     * @param current the stored record an edit replaces, or null on a create
     * @param today   the service's calendar day in Tianjin ({@link TianjinTime#today})
     */
    default void validateUserWrite(T submitted, T current, Problems problems, LocalDate today) {
    }

    /** The record as first stored: id, version 1, the default status if none, timestamps. */
    T initial(T submitted, String id, Instant now);

    /**
     * A user's create body with what the server manages taken out: id, version, timestamps, and a status other
     * than a draft (the kind's initial status applies). Imports and fixtures keep theirs: they carry history.
     */
    default T asSubmitted(T submitted) {
        return submitted;
    }

    /** The next version of current with the submitted content. */
    T revised(T current, T submitted, Instant now);

    /** The soft-deleted form (kept for statistics). */
    T retired(T current, Instant now);

    /** Adds the searchable, filterable and sortable fields of the record to doc (see IndexFields' helpers). */
    void index(T record, IndexedFields doc);

    SearchSchema searchSchema();

    /** The record as this viewer may see it: confidential fields removed, not just hidden. */
    T redactFor(Viewer viewer, T record);

    /**
     * Whether this viewer may read the record at all: the library rule of {@link RecordAccess} unless the kind's
     * records have their own (dockings: the parties and the managing centre; applications: the challenge's office
     * and reviewers). Every reader of a single record — the library's get, the audit log — asks this.
     */
    default boolean readableBy(Viewer viewer, T record) {
        return RecordAccess.mayRead(viewer, this, record);
    }

    /** Whether a viewer without an explicit status filter sees it in searches (published/open ones). */
    boolean listedByDefault(T record);

    /** The organisation that owns a record and may edit it, or null when no organisation does. */
    default String ownerOf(T record) {
        return null;
    }

    /** The district a record is located in (an official's reach), or null. */
    default String districtOf(T record) {
        return null;
    }

    /**
     * Where a record stands in editorial review; kinds whose records are never reviewed answer NONE (see
     * {@link RecordAccess#heldForReview}).
     */
    default ReviewStage reviewStage(T record) {
        return ReviewStage.NONE;
    }

    /** The record as a reviewed owner submits it: waiting for review, unless it stays a draft. */
    default T heldForReview(T submitted) {
        return submitted;
    }

    /**
     * Top-level fields a reviewed owner may change on a published record without sending it back to review: not
     * editorial content (a demand's validity, which its owner renews).
     */
    default java.util.Set<String> editableWithoutReview() {
        return java.util.Set.of();
    }

    /** The record after a reviewer's decision: published, or returned to its owner. */
    default T afterReview(T record, boolean publish) {
        throw new UnsupportedOperationException(type() + " records are not reviewed");
    }

    /**
     * Personal data the audit log never copies, as paths into the record's JSON ("registration.phone"): officials
     * read the log to see who did what, not to collect phone numbers; a change of one is noted without its values.
     */
    default java.util.Set<String> personalFields() {
        return java.util.Set.of();
    }

    /** Whether writes of this kind go into the audit log; bookkeeping the service does for itself need not. */
    default boolean audited() {
        return true;
    }

    /**
     * Whether records of this kind are indexed under their content hash ({@link RecordKeys#CONTENT_HASH}), which
     * an import looks an unchanged or repeated row up by.
     */
    default boolean keyedByContent() {
        return true;
    }

    /** Whether records of this kind get a semantic vector (the embedding job only looks at these). */
    default boolean embedded() {
        return false;
    }

    /** The text the embedding model reads for a record: the words that say what it is about, most telling first. */
    default String semanticText(T record) {
        return null;
    }

    /**
     * The text two records are compared by to find (near-)duplicates: what the record says, not who keeps it.
     * Defaults to the semantic text, or the title for kinds without vectors.
     */
    default String comparableText(T record) {
        String text = semanticText(record);
        return text == null ? record.title() : text;
    }
}
