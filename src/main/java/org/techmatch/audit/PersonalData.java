package org.techmatch.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Takes a kind's personal fields ({@link org.techmatch.catalog.RecordKind#personalFields}) out of what the audit log
 * holds: when an entry is written, and again when one is read, so that entries written before a field was declared
 * personal do not show it either.
 */
final class PersonalData {
    static final String HIDDEN = "（已隐去）";
    static final String CHANGED = "（已更改）";

    private PersonalData() {
    }

    /**
     * Removes the personal fields from both trees (in place) and returns a note for each one whose value differed,
     * its values left out.
     */
    static List<AuditEntry.FieldChange> strip(ObjectNode before, ObjectNode after, Set<String> paths) {
        List<AuditEntry.FieldChange> notes = new ArrayList<>();
        for (String path : paths) {
            JsonNode was = remove(before, path);
            JsonNode is = remove(after, path);
            if (!Objects.equals(was, is)) {
                notes.add(new AuditEntry.FieldChange(path, HIDDEN, CHANGED));
            }
        }
        return notes;
    }

    /** A logged change as readable again: the personal fields below it taken out of its before and after. */
    static AuditEntry.FieldChange readable(AuditEntry.FieldChange change, Set<String> paths, JsonMapper json) {
        List<String> below = paths.stream().filter(p -> p.startsWith(change.field() + ".")).toList();
        if (below.isEmpty()) {
            return change;
        }
        return new AuditEntry.FieldChange(change.field(), readable(change.before(), change.field(), below, json),
                readable(change.after(), change.field(), below, json));
    }

    private static String readable(String logged, String field, List<String> paths, JsonMapper json) {
        if (logged == null) {
            return null;
        }
        JsonNode tree;
        try {
            tree = json.readTree(logged);
        } catch (RuntimeException e) {
            return HIDDEN; // shortened in the log, or not JSON: cannot be sorted out, so nothing of it is shown
        }
        if (!(tree instanceof ObjectNode object)) {
            return logged;
        }
        paths.forEach(p -> remove(object, p.substring(field.length() + 1)));
        return object.toString();
    }

    private static JsonNode remove(ObjectNode tree, String path) {
        int dot = path.indexOf('.');
        if (dot < 0) {
            return tree.remove(path);
        }
        return tree.get(path.substring(0, dot)) instanceof ObjectNode child ? remove(child, path.substring(dot + 1))
                : null;
    }
}
