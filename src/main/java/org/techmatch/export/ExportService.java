package org.techmatch.export;

import java.io.OutputStream;
import org.springframework.stereotype.Service;
import org.techmatch.catalog.CatalogRecord;
import org.techmatch.catalog.LibraryService;
import org.techmatch.catalog.Viewer;
import org.techmatch.search.SearchQuery;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an export: every record of a search, or of the whole library, that the viewer may read, each as the viewer
 * may see it. Both go through {@link LibraryService#forEachHit}, so an export never holds more than a search by
 * the same viewer would show (unpublished records of other organisations and districts are left out, personal data
 * of contacts is removed as the record kind's redaction says).
 */
@Service
class ExportService {
    private final JsonMapper json;

    ExportService(JsonMapper json) {
        this.json = json;
    }

    /** @param query the search to export, or null for the whole library (every status the viewer may read) */
    <T extends CatalogRecord> void write(LibraryService<T> library, SearchQuery query, Viewer viewer, boolean csv,
                                         OutputStream out) {
        RecordTable table = new RecordTable(library.kind().type(), json);
        try (TableWriter writer = csv ? TableWriter.csv(table.headers(), out)
                : TableWriter.xlsx(library.kind().displayName(), table.headers(), out)) {
            library.forEachHit(query, viewer, record -> writer.row(table.cells(record)));
        }
    }
}
