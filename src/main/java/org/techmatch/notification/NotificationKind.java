package org.techmatch.notification;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import org.techmatch.catalog.Problems;
import org.techmatch.catalog.RecordKind;
import org.techmatch.catalog.Viewer;
import org.techmatch.search.IndexFields;
import org.techmatch.search.SearchSchema;
import org.techmatch.store.IndexedFields;

/** Notifications' storage: found by recipient (all, unread) and by dedupe key; read by their recipient only. */
@Component
public final class NotificationKind implements RecordKind<Notification> {
    public static final String TYPE = "notification";
    static final String RECIPIENT = "recipient";
    static final String UNREAD_OF = "unreadOf";
    static final String DEDUPE = "dedupeKey";
    static final int TITLE_CHARS = 200;
    static final int BODY_CHARS = 4000;

    private static final SearchSchema SCHEMA = new SearchSchema(List.of(), null, List.of());

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String displayName() {
        return "站内信";
    }

    @Override
    public String idPrefix() {
        return "NTF-";
    }

    @Override
    public Class<Notification> recordClass() {
        return Notification.class;
    }

    @Override
    public void validate(Notification n, Problems problems) {
        problems.text("recipient", n.recipient(), 100, true);
        problems.required("type", n.type());
        problems.text("title", n.title(), TITLE_CHARS, true);
        problems.text("body", n.body(), BODY_CHARS, false);
    }

    @Override
    public Notification initial(Notification submitted, String id, Instant now) {
        return submitted.identified(id, 1, now, now);
    }

    @Override
    public Notification revised(Notification current, Notification next, Instant now) {
        return next.identified(current.id(), current.version() + 1, current.createdAt(), now);
    }

    @Override
    public Notification retired(Notification current, Instant now) {
        return current;
    }

    @Override
    public void index(Notification n, IndexedFields doc) {
        IndexFields.filterOnly(doc, RECIPIENT, n.recipient());
        IndexFields.filterOnly(doc, UNREAD_OF, n.unread() ? n.recipient() : null);
        IndexFields.filterOnly(doc, DEDUPE, n.dedupeKey() == null ? null : n.recipient() + "|" + n.dedupeKey());
        IndexFields.instant(doc, IndexFields.CREATED, n.createdAt());
    }

    @Override
    public SearchSchema searchSchema() {
        return SCHEMA;
    }

    @Override
    public Notification redactFor(Viewer viewer, Notification record) {
        return record;
    }

    /** Only its recipient: not a manager, not an official, not the administrator. */
    @Override
    public boolean readableBy(Viewer viewer, Notification record) {
        return viewer.signedIn() && viewer.username() != null && viewer.username().equals(record.recipient());
    }

    @Override
    public boolean listedByDefault(Notification record) {
        return true;
    }

    /** The event it tells of is audited where it happened; reading one is nobody's decision to trace. */
    @Override
    public boolean audited() {
        return false;
    }

    @Override
    public String comparableText(Notification record) {
        return null;
    }
}
