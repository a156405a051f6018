package org.techmatch.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.techmatch.catalog.CatalogRecord;
import org.techmatch.catalog.Libraries;
import org.techmatch.catalog.LibraryService;
import org.techmatch.catalog.RecordCodec;
import org.techmatch.catalog.Viewer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * What one viewer may see of the audit log: entries only for records it may read (the record's own rule,
 * {@link org.techmatch.catalog.RecordKind#readableBy}), and each field's before and after redacted the way the
 * record itself is for that viewer ({@link org.techmatch.catalog.RecordKind#redactFor}): an official who may not see
 * a confidential demand's contact does not read it in the log either. One instance serves one request (it caches
 * the records it looked up).
 */
final class AuditRedaction {
    static final String HIDDEN = PersonalData.HIDDEN;

    private final Viewer viewer;
    private final Libraries libraries;
    private final RecordCodec codec;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<String, Optional<CatalogRecord>> readable = new HashMap<>();

    AuditRedaction(Viewer viewer, Libraries libraries, RecordCodec codec) {
        this.viewer = viewer;
        this.libraries = libraries;
        this.codec = codec;
    }

    /** The entry as this viewer may see it, or empty when it concerns no record the viewer may read. */
    Optional<AuditEntry> shown(AuditEntry entry) {
        LibraryService<?> library = libraryOf(entry.recordType());
        if (library == null) {
            return Optional.empty();
        }
        List<String> ids = entry.recordIds().stream().filter(id -> record(library, id).isPresent()).toList();
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        List<AuditEntry.FieldChange> readable = entry.changes().stream()
                .map(c -> PersonalData.readable(c, library.kind().personalFields(), json)).toList();
        List<AuditEntry.FieldChange> changes = readable.isEmpty() || ids.size() != 1 ? readable
                : redacted(library, ids.getFirst(), readable);
        return Optional.of(new AuditEntry(entry.id(), entry.version(), entry.at(), entry.username(), entry.role(),
                entry.organisation(), entry.action(), entry.recordType(), ids, entry.recordVersion(),
                entry.summary(), changes, entry.createdAt(), entry.updatedAt()));
    }

    private LibraryService<?> libraryOf(String type) {
        return libraries.all().stream().filter(l -> l.kind().type().equals(type)).findFirst().orElse(null);
    }

    private Optional<CatalogRecord> record(LibraryService<?> library, String id) {
        return readable.computeIfAbsent(library.kind().type() + "/" + id, key -> readableRecord(library, id));
    }

    private <T extends CatalogRecord> Optional<CatalogRecord> readableRecord(LibraryService<T> library, String id) {
        return library.lookup(id).filter(r -> library.mayRead(viewer, r)).map(r -> r);
    }

    @SuppressWarnings("unchecked")
    private <T extends CatalogRecord> List<AuditEntry.FieldChange> redacted(LibraryService<T> library, String id,
                                                                           List<AuditEntry.FieldChange> changes) {
        T current = (T) record(library, id).orElseThrow();
        Class<T> type = library.kind().recordClass();
        ObjectNode now = (ObjectNode) json.readTree(codec.encode(current));
        JsonNode shownNow = json.readTree(codec.encode(library.redactFor(viewer, current)));
        ObjectNode before = now.deepCopy();
        ObjectNode after = now.deepCopy();
        Set<String> undecodable = new java.util.HashSet<>();
        for (AuditEntry.FieldChange change : changes) {
            if (HIDDEN.equals(change.before())) {
                continue; // a secret or personal data: its value was never logged
            }
            JsonNode model = now.get(change.field());
            if (!put(before, change.field(), change.before(), model) | !put(after, change.field(), change.after(), model)) {
                undecodable.add(change.field());
            }
        }
        JsonNode shownBefore = shownAs(library, type, before);
        JsonNode shownAfter = shownAs(library, type, after);
        List<AuditEntry.FieldChange> result = new ArrayList<>();
        for (AuditEntry.FieldChange change : changes) {
            String field = change.field();
            if (HIDDEN.equals(change.before())) {
                result.add(change); // a secret: never copied into the log in the first place
            } else if (shownBefore == null || shownAfter == null || undecodable.contains(field)) {
                boolean touched = !java.util.Objects.equals(now.get(field), shownNow.get(field));
                result.add(touched ? new AuditEntry.FieldChange(field, HIDDEN, HIDDEN) : change);
            } else {
                result.add(new AuditEntry.FieldChange(field, text(shownBefore.get(field), change.before()),
                        text(shownAfter.get(field), change.after())));
            }
        }
        return result;
    }

    /** Sets field to the logged text, read as the type the current value has; false when it cannot be read back. */
    private boolean put(ObjectNode record, String field, String logged, JsonNode model) {
        if (logged == null) {
            record.remove(field);
            return true;
        }
        if (logged.endsWith(" 字）")) {
            return false; // shortened in the log: not the whole value
        }
        if (model == null || model.isString()) {
            record.set(field, StringNode.valueOf(logged));
            return true;
        }
        try {
            record.set(field, json.readTree(logged));
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private <T extends CatalogRecord> JsonNode shownAs(LibraryService<T> library, Class<T> type, ObjectNode tree) {
        try {
            T record = codec.decode(json.writeValueAsBytes(tree), type);
            return json.readTree(codec.encode(library.redactFor(viewer, record)));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The redacted value as the log writes values; the logged text itself when redaction left it alone. */
    private static String text(JsonNode node, String logged) {
        if (node == null || node.isNull()) {
            return logged == null ? null : HIDDEN;
        }
        return node.isString() ? node.asString() : node.toString();
    }
}
