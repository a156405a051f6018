package org.techmatch.interest;

import java.util.List;
import org.techmatch.catalog.CatalogRecord;
import org.techmatch.catalog.LibraryService;
import org.techmatch.catalog.RecordNotFoundException;
import org.techmatch.catalog.Viewer;
import org.techmatch.demand.Demand;

/**
 * A record an interest is about (or offers), as far as the viewer may read it: found through its library's one
 * door, so a record the viewer may not see is not there (404).
 */
record Target(String type, String id, String title, String owner, String district, boolean confidential,
              CatalogRecord record) {

    static Target read(String id, Viewer viewer, List<LibraryService<?>> libraries) {
        for (LibraryService<?> library : libraries) {
            if (id != null && id.startsWith(library.kind().idPrefix())) {
                return of(library, id, viewer);
            }
        }
        throw new RecordNotFoundException("记录", id);
    }

    private static <T extends CatalogRecord> Target of(LibraryService<T> library, String id, Viewer viewer) {
        T record = library.readable(id, viewer);
        boolean confidential = record instanceof Demand demand && demand.isConfidential();
        return new Target(library.kind().type(), id, record.title(), library.kind().ownerOf(record),
                library.kind().districtOf(record), confidential, record);
    }
}
