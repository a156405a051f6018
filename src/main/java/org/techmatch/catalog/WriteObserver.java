package org.techmatch.catalog;

import java.util.List;
import org.apache.lucene.document.Document;

/**
 * Told of every write a library makes, before it is stored, and may add documents (an audit entry) that are
 * committed atomically with the record: a write and its trace are durable together or not at all.
 */
public interface WriteObserver {
    WriteObserver NONE = new WriteObserver() {
        @Override
        public List<Document> written(RecordKind<?> kind, CatalogRecord before, CatalogRecord after) {
            return List.of();
        }

        @Override
        public List<Document> writtenAll(RecordKind<?> kind, List<? extends CatalogRecord> created) {
            return List.of();
        }
    };

    /** One record written: before is null for a new record. Returns the documents to store with it. */
    List<Document> written(RecordKind<?> kind, CatalogRecord before, CatalogRecord after);

    /** A batch of new records (fixtures, imports) stored with one commit. */
    List<Document> writtenAll(RecordKind<?> kind, List<? extends CatalogRecord> created);
}
