package org.techmatch.export;

import java.util.List;
import org.techmatch.importing.table.Column;
import org.techmatch.importing.table.ColumnValues;
import org.techmatch.importing.table.LibraryColumns;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A library's records as rows of cell texts, in the template's columns: what exports write and imports read back. */
public final class RecordTable {
    private final List<Column> columns;
    private final JsonMapper json;

    public RecordTable(String type, JsonMapper json) {
        this.columns = LibraryColumns.of(type);
        this.json = json;
    }

    public List<String> headers() {
        return columns.stream().map(Column::header).toList();
    }

    public List<String> cells(Object record) {
        JsonNode tree = json.valueToTree(record);
        return columns.stream().map(c -> ColumnValues.write(c, tree)).toList();
    }
}
