package org.techmatch.catalog;

import java.util.List;
import org.springframework.stereotype.Component;
import org.techmatch.store.IndexedRecord;
import org.techmatch.store.StoredRecord;

/** All libraries, found by the type stored with each document (used by reindex and statistics). */
@Component
public class Libraries {
    private final List<LibraryService<?>> all;

    public Libraries(List<LibraryService<?>> all) {
        this.all = List.copyOf(all);
    }

    public List<LibraryService<?>> all() {
        return all;
    }

    /** The indexed form of a stored record, rebuilt with the current mapping of its kind. */
    public IndexedRecord remap(StoredRecord stored) {
        return all.stream().filter(l -> l.kind().type().equals(stored.type())).findFirst()
                .map(library -> rebuild(library, stored))
                .orElseThrow(() -> new IllegalStateException("no library for stored type " + stored.type()));
    }

    /** Types whose records carry a semantic vector. */
    public List<String> embeddedTypes() {
        return all.stream().filter(l -> l.kind().embedded()).map(l -> l.kind().type()).toList();
    }

    public String semanticText(StoredRecord stored) {
        return libraryOf(stored).semanticText(stored);
    }

    private LibraryService<?> libraryOf(StoredRecord stored) {
        return all.stream().filter(l -> l.kind().type().equals(stored.type())).findFirst()
                .orElseThrow(() -> new IllegalStateException("no library for stored type " + stored.type()));
    }

    private static <T extends CatalogRecord> IndexedRecord rebuild(LibraryService<T> library, StoredRecord stored) {
        return library.toIndexed(library.decode(stored));
    }
}
