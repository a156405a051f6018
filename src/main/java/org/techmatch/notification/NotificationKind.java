package org.techmatch.notification;

import org.springframework.stereotype.Component;
import org.techmatch.catalog.Problems;
import org.techmatch.catalog.SystemRecordKind;
import org.techmatch.catalog.Viewer;
import org.techmatch.search.IndexFields;
import org.techmatch.store.IndexedFields;

/** Notifications' storage: found by recipient (all, unread) and by dedupe key; read by their recipient only. */
@Component
public final class NotificationKind extends SystemRecordKind<Notification> {
    public static final String TYPE = "notification";
    static final String RECIPIENT = "recipient";
    static final String UNREAD_OF = "unreadOf";
    static final String DEDUPE = "dedupeKey";
    static final int TITLE_CHARS = 200;
    static final int BODY_CHARS = 4000;

    public NotificationKind() {
        super(TYPE, "站内信", "NTF-", Notification.class, Notification::identified);
    }

    @Override
    public void validate(Notification n, Problems problems) {
        problems.text("recipient", n.recipient(), 100, true);
        problems.required("type", n.type());
        problems.text("title", n.title(), TITLE_CHARS, true);
        problems.text("body", n.body(), BODY_CHARS, false);
    }

    @Override
    public void index(Notification n, IndexedFields doc) {
        IndexFields.filterOnly(doc, RECIPIENT, n.recipient());
        IndexFields.filterOnly(doc, UNREAD_OF, n.unread() ? n.recipient() : null);
        IndexFields.filterOnly(doc, DEDUPE, n.dedupeKey() == null ? null : n.recipient() + "|" + n.dedupeKey());
        IndexFields.instant(doc, IndexFields.CREATED, n.createdAt());
    }

    /** Only its recipient: not a manager, not an official, not the administrator. */
    @Override
    public boolean readableBy(Viewer viewer, Notification record) {
        return viewer.signedIn() && viewer.username() != null && viewer.username().equals(record.recipient());
    }
}
