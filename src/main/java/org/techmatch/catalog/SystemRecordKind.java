package org.techmatch.catalog;

import java.time.Instant;
import java.util.List;
import org.techmatch.search.SearchSchema;

/**
 * A kind of record the service keeps for itself (notifications, the outbox, settings, saved searches, tallies,
 * models, marks, review notes): found by keyword only, shown to those who may read it as it is, listed by
 * default, never compared for duplicates, kept when retired and not audited unless the kind says otherwise. A
 * kind states its identity once, and its rules, fields and readers; the rest is here.
 */
public abstract class SystemRecordKind<T extends CatalogRecord> implements RecordKind<T> {
    private static final SearchSchema NO_SEARCH = new SearchSchema(List.of(), null, List.of());

    /** Stamps a record with an id, a version and its timestamps: the record's own {@code identified} method. */
    @FunctionalInterface
    protected interface Identifier<T> {
        T identified(T record, String id, long version, Instant createdAt, Instant updatedAt);
    }

    private final String type;
    private final String displayName;
    private final String idPrefix;
    private final Class<T> recordClass;
    private final Identifier<T> identifier;

    protected SystemRecordKind(String type, String displayName, String idPrefix, Class<T> recordClass,
                               Identifier<T> identifier) {
        this.type = type;
        this.displayName = displayName;
        this.idPrefix = idPrefix;
        this.recordClass = recordClass;
        this.identifier = identifier;
    }

    @Override
    public final String type() {
        return type;
    }

    @Override
    public final String displayName() {
        return displayName;
    }

    @Override
    public final String idPrefix() {
        return idPrefix;
    }

    @Override
    public final Class<T> recordClass() {
        return recordClass;
    }

    @Override
    public T initial(T submitted, String id, Instant now) {
        return identifier.identified(submitted, id, 1, now, now);
    }

    @Override
    public T revised(T current, T submitted, Instant now) {
        return identifier.identified(submitted, current.id(), current.version() + 1, current.createdAt(), now);
    }

    /** The next version of current as the kind's retired form: for kinds that mark a record withdrawn. */
    protected final T nextVersion(T current, T changed, Instant now) {
        return revised(current, changed, now);
    }

    /** Kept as it is: history, not deleted. */
    @Override
    public T retired(T current, Instant now) {
        return current;
    }

    @Override
    public final SearchSchema searchSchema() {
        return NO_SEARCH;
    }

    @Override
    public T redactFor(Viewer viewer, T record) {
        return record;
    }

    @Override
    public boolean listedByDefault(T record) {
        return true;
    }

    /** The service's own bookkeeping: the decision it follows from is audited where it was taken. */
    @Override
    public boolean audited() {
        return false;
    }

    /**
     * Never imported, so never looked up by content: no hash to compute on every write (an audit entry comes with
     * every audited write) and no unique term per record for merges to carry.
     */
    @Override
    public final boolean keyedByContent() {
        return false;
    }

    /** Nothing to compare for near-duplicates. */
    @Override
    public final String comparableText(T record) {
        return null;
    }
}
