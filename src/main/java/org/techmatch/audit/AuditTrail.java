package org.techmatch.audit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.techmatch.account.SignedInUser;
import org.techmatch.catalog.CatalogRecord;
import org.techmatch.catalog.LibraryService;
import org.techmatch.catalog.RecordCodec;
import org.techmatch.catalog.RecordKind;
import org.techmatch.catalog.Role;
import org.techmatch.catalog.WriteActor;
import org.techmatch.catalog.WriteObserver;
import org.techmatch.store.IndexedRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Hears every write of every library (the one place writes go through) and turns it into an audit entry stored
 * in the same atomic block as the record: who, when, what, and for an update each field before and after. Who:
 * the {@link WriteActor} a background job writes for, else the request's signed-in user, else 系统.
 */
@Component
class AuditTrail implements WriteObserver {
    static final String SYSTEM = "系统";
    private static final int MAX_VALUE_CHARS = 300;
    /** Bookkeeping that changes with every write and says nothing about what changed. */
    private static final Set<String> BOOKKEEPING = Set.of("version", "updatedAt");
    /** Never copied into the log, only noted as changed. */
    private static final Set<String> SECRETS = Set.of("passwordHash", "tokenHash");
    private static final List<String> STATE_FIELDS = List.of("status", "stage", "enabled", "revokedAt");

    private final LibraryService<AuditEntry> audit;
    private final RecordCodec codec;
    private final JsonMapper json = JsonMapper.builder().build();

    AuditTrail(List<LibraryService<?>> libraries, LibraryService<AuditEntry> audit, RecordCodec codec) {
        this.audit = audit;
        this.codec = codec;
        libraries.stream().filter(library -> library != audit && library.kind().audited())
                .forEach(library -> library.observeWith(this));
    }

    @Override
    public List<IndexedRecord> written(RecordKind<?> kind, CatalogRecord before, CatalogRecord after) {
        List<AuditEntry.FieldChange> changes = before == null ? List.of() : changes(kind, before, after);
        String action;
        String summary;
        if (before == null) {
            action = "创建";
            summary = "创建" + kind.displayName() + "「" + after.title() + "」";
        } else {
            List<AuditEntry.FieldChange> states = changes.stream().filter(c -> STATE_FIELDS.contains(c.field()))
                    .toList();
            action = states.isEmpty() ? "修改" : "状态变更";
            summary = (states.isEmpty() ? "修改" + kind.displayName() + "「" + after.title() + "」："
                    + changes.stream().map(AuditEntry.FieldChange::field).toList()
                    : kind.displayName() + "「" + after.title() + "」" + states.stream()
                    .map(c -> c.field() + " " + c.before() + " → " + c.after()).reduce((a, b) -> a + "，" + b)
                    .orElse(""));
        }
        return List.of(document(action, kind, List.of(after.id()), after.version(), summary, changes));
    }

    @Override
    public List<IndexedRecord> writtenAll(RecordKind<?> kind, List<? extends CatalogRecord> created) {
        if (created.isEmpty()) {
            return List.of();
        }
        List<String> ids = created.stream().map(CatalogRecord::id).toList();
        return List.of(document("批量创建", kind, ids, 1L,
                "批量创建" + kind.displayName() + " " + ids.size() + " 条（" + ids.getFirst() + " … " + ids.getLast() + "）",
                List.of()));
    }

    private IndexedRecord document(String action, RecordKind<?> kind, List<String> ids, Long version, String summary,
                              List<AuditEntry.FieldChange> changes) {
        String username = SYSTEM;
        Role role = null;
        String organisation = null;
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        var actor = WriteActor.current();
        if (actor.isPresent() && actor.get().username() != null) {
            // a background job writing for the user who started it (an import)
            username = actor.get().username();
            role = actor.get().role();
            organisation = actor.get().organisation();
        } else if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            username = user.getUsername();
            role = user.account().role();
            organisation = user.account().organisation();
        }
        AuditEntry entry = audit.identify(new AuditEntry(null, 0, null, username, role, organisation, action,
                kind.type(), ids, version, summary, changes, null, null));
        return audit.toIndexed(entry);
    }

    /** Every top-level field whose JSON differs, bookkeeping left out, personal data only noted as changed. */
    private List<AuditEntry.FieldChange> changes(RecordKind<?> kind, CatalogRecord before, CatalogRecord after) {
        ObjectNode old = (ObjectNode) json.readTree(codec.encode(before));
        ObjectNode now = (ObjectNode) json.readTree(codec.encode(after));
        List<AuditEntry.FieldChange> personal = PersonalData.strip(old, now, kind.personalFields());
        Set<String> fields = new LinkedHashSet<>(old.propertyNames());
        fields.addAll(now.propertyNames());
        List<AuditEntry.FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            JsonNode a = old.get(field);
            JsonNode b = now.get(field);
            if (BOOKKEEPING.contains(field) || (a == null ? b == null : a.equals(b))) {
                continue;
            }
            if (SECRETS.contains(field)) {
                changes.add(new AuditEntry.FieldChange(field, PersonalData.HIDDEN, PersonalData.CHANGED));
            } else {
                changes.add(new AuditEntry.FieldChange(field, text(a), text(b)));
            }
        }
        changes.addAll(personal);
        return changes;
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        String text = node.isString() ? node.asString() : node.toString();
        return text.length() <= MAX_VALUE_CHARS ? text : text.substring(0, MAX_VALUE_CHARS) + "…（共 " + text.length() + " 字）";
    }
}
