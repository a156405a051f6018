package org.techmatch.catalog;

import java.util.List;
import org.techmatch.store.IndexedRecord;

/**
 * Told of every write a library makes, before it is stored, and may add records (an audit entry) that are
 * committed atomically with the record: a write and its trace are durable together or not at all.
 */
public interface WriteObserver {
    WriteObserver NONE = new WriteObserver() {
        @Override
        public List<IndexedRecord> written(RecordKind<?> kind, CatalogRecord before, CatalogRecord after) {
            return List.of();
        }

        @Override
        public List<IndexedRecord> writtenAll(RecordKind<?> kind, List<? extends CatalogRecord> created) {
            return List.of();
        }
    };

    /** One record written: before is null for a new record. Returns the records to store with it. */
    List<IndexedRecord> written(RecordKind<?> kind, CatalogRecord before, CatalogRecord after);

    /** A batch of new records (fixtures, imports) stored with one commit. */
    List<IndexedRecord> writtenAll(RecordKind<?> kind, List<? extends CatalogRecord> created);
}
