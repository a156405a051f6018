package org.techmatch.notification;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.techmatch.catalog.CatalogRecord;
import org.techmatch.catalog.Texts;

/**
 * A user's notification settings: the e-mail address mail goes to, and a channel per kind (a kind not listed
 * uses {@link #DEFAULT}: inbox and e-mail, so mail starts once an address is given).
 */
public record Preferences(String id, long version, String username, String email, Map<NotificationType, Channel> channels,
                          Instant createdAt, Instant updatedAt) implements CatalogRecord {
    public static final Channel DEFAULT = Channel.INBOX_AND_EMAIL;

    public Preferences {
        email = Texts.clean(email);
        channels = channels == null ? Map.of() : Map.copyOf(channels);
    }

    static Preferences defaults(String username) {
        return new Preferences(null, 0, username, null, Map.of(), null, null);
    }

    @Override
    public String title() {
        return username;
    }

    Channel channel(NotificationType type) {
        return channels.getOrDefault(type, DEFAULT);
    }

    /** Every kind with its channel, defaults filled in (what the API answers). */
    Preferences complete() {
        Map<NotificationType, Channel> all = new EnumMap<>(NotificationType.class);
        for (NotificationType type : NotificationType.values()) {
            all.put(type, channel(type));
        }
        return new Preferences(id, version, username, email, all, createdAt, updatedAt);
    }

    Preferences identified(String newId, long newVersion, Instant created, Instant updated) {
        return new Preferences(newId, newVersion, username, email, channels, created, updated);
    }
}
