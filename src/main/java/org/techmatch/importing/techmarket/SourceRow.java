package org.techmatch.importing.techmarket;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * One line of a tech-market JSON Lines export, as raw strings (field order kept), or why it could not be read.
 *
 * @param lineNumber 1-based line number in the file
 * @param fields     raw values by field name; non-string JSON values as their JSON text; null if unreadable
 * @param error      why the line is not a JSON object (Chinese), null if it is
 */
record SourceRow(int lineNumber, Map<String, String> fields, String error) {
    SourceRow {
        fields = fields == null ? null : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    static SourceRow unreadable(int lineNumber, String error) {
        return new SourceRow(lineNumber, null, error);
    }

    boolean readable() {
        return fields != null;
    }

    /** The raw value, or "" when the field is missing or JSON null: the export writes absent values as "". */
    String raw(String field) {
        String value = fields.get(field);
        return value == null ? "" : value;
    }

    /** The row's id (A00001 …), stripped; null if missing or blank. */
    String id() {
        if (fields == null) {
            return null;
        }
        String id = raw("id").strip();
        return id.isEmpty() ? null : id;
    }

    /** Fields present in the row that the mapper does not know. */
    Set<String> otherFields(Set<String> known) {
        Set<String> other = new java.util.LinkedHashSet<>(fields.keySet());
        other.removeAll(known);
        return other;
    }
}
