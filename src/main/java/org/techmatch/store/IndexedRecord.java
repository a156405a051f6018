package org.techmatch.store;

/** What the store is given to write: a record's stored form and the fields it is indexed under. */
public record IndexedRecord(StoredRecord stored, IndexedFields fields) {
    public String id() {
        return stored.id();
    }
}
