package org.techmatch.notification;

import java.time.Instant;
import org.techmatch.catalog.CatalogRecord;

/**
 * One message in a user's inbox (站内信), visible only to its recipient.
 *
 * @param recipient the account's username
 * @param readAt    when the recipient marked it read; null while unread
 */
public record Notification(
        String id,
        long version,
        String recipient,
        NotificationType type,
        String title,
        String body,
        String link,
        String objectId,
        String dedupeKey,
        Instant readAt,
        Instant createdAt,
        Instant updatedAt) implements CatalogRecord {

    Notification identified(String newId, long newVersion, Instant created, Instant updated) {
        return new Notification(newId, newVersion, recipient, type, title, body, link, objectId, dedupeKey, readAt,
                created, updated);
    }

    Notification read(Instant at) {
        return new Notification(id, version, recipient, type, title, body, link, objectId, dedupeKey, at, createdAt,
                updatedAt);
    }

    public boolean unread() {
        return readAt == null;
    }
}
