package org.techmatch.notification;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.techmatch.catalog.ForbiddenException;
import org.techmatch.catalog.LibraryService;
import org.techmatch.catalog.Viewer;
import org.techmatch.mail.Outbox;
import org.techmatch.store.RecordStore;
import org.techmatch.store.IndexedRecord;

/**
 * The inbox (站内信): delivers notices to accounts as their preferences say, and lets each user read, count and mark
 * their own. A notification and its e-mail (when chosen, configured and an address is known) are stored in one
 * atomic write, so a mail is never lost nor made for a notification that was not stored.
 */
@Service
public class NotificationService {
    /** The most notifications one list answer holds (newest first). */
    static final int LIST_LIMIT = 200;

    private final LibraryService<Notification> notifications;
    private final LibraryService<Preferences> preferences;
    private final Outbox outbox;
    private final RecordStore store;
    private final Clock clock;

    NotificationService(LibraryService<Notification> notifications, LibraryService<Preferences> preferences,
                        Outbox outbox, RecordStore store, Clock clock) {
        this.notifications = notifications;
        this.preferences = preferences;
        this.outbox = outbox;
        this.store = store;
        this.clock = clock;
    }

    /**
     * Tells each named account (duplicates once), unless its preference for the kind is off or it already has a
     * notification with the notice's dedupe key. Returns the notifications stored.
     */
    public List<Notification> send(Notice notice, Collection<String> usernames) {
        List<Notification> stored = new ArrayList<>();
        for (String username : new LinkedHashSet<>(usernames)) {
            if (username == null) {
                continue;
            }
            Preferences prefs = preferencesOf(username);
            Channel channel = prefs.channel(notice.type());
            if (channel == Channel.OFF) {
                continue;
            }
            String lock = "notify|" + username + "|" + (notice.dedupeKey() == null ? "" : notice.dedupeKey());
            Notification created = store.locked(lock, () -> {
                if (notice.dedupeKey() != null && !notifications.findBy(NotificationKind.DEDUPE,
                        username + "|" + notice.dedupeKey()).isEmpty()) {
                    return null;
                }
                Notification n = notifications.identify(new Notification(null, 0, username, notice.type(),
                        cut(notice.title(), NotificationKind.TITLE_CHARS), cut(notice.body(), NotificationKind.BODY_CHARS),
                        notice.link(), notice.objectId(), notice.dedupeKey(), null, null, null));
                List<IndexedRecord> mail = channel == Channel.INBOX_AND_EMAIL && prefs.email() != null
                        && outbox.enabled()
                        ? List.of(outbox.prepare(username, prefs.email(), "【TechMatch】" + n.title(), mailBody(n), n.id()))
                        : List.of();
                store.writeWith(notifications.toIndexed(n), mail);
                return n;
            });
            if (created != null) {
                stored.add(created);
            }
        }
        return stored;
    }

    /**
     * The daily digest of new good matches for one record, to its owner's accounts: at most one a day per record
     * (the hook the matching side calls; a second call the same day tells nobody).
     */
    public List<Notification> matchDigest(String recordId, String recordTitle, String link, List<String> matches,
                                          Collection<String> owners) {
        java.time.LocalDate today = org.techmatch.catalog.TianjinTime.today(clock);
        return send(new Notice(NotificationType.MATCH_DIGEST, "「" + recordTitle + "」有 " + matches.size() + " 条新的匹配",
                String.join("\n", matches), link, recordId, "match:" + recordId + ":" + today), owners);
    }

    /** The viewer's own notifications, newest first (only unread ones when asked). */
    public List<Notification> list(Viewer viewer, boolean unreadOnly) {
        String username = username(viewer);
        return notifications.findBy(unreadOnly ? NotificationKind.UNREAD_OF : NotificationKind.RECIPIENT, username)
                .stream().sorted(Comparator.comparing(Notification::id).reversed()).limit(LIST_LIMIT).toList();
    }

    public int unreadCount(Viewer viewer) {
        return notifications.findBy(NotificationKind.UNREAD_OF, username(viewer)).size();
    }

    /** Marks one of the viewer's notifications read; another's is not there (404). */
    public Notification markRead(String id, Viewer viewer) {
        username(viewer);
        return store.locked(id, () -> {
            Notification current = notifications.readable(id, viewer);
            return current.unread() ? notifications.update(id, current.version(), current.read(clock.instant()))
                    : current;
        });
    }

    /** Marks every unread notification of the viewer read; returns how many. */
    public int markAllRead(Viewer viewer) {
        int marked = 0;
        for (Notification n : notifications.findBy(NotificationKind.UNREAD_OF, username(viewer))) {
            markRead(n.id(), viewer);
            marked++;
        }
        return marked;
    }

    public Preferences preferences(Viewer viewer) {
        return preferencesOf(username(viewer)).complete();
    }

    /** Replaces the viewer's settings: the address (null removes it) and the channels given (others keep theirs). */
    public Preferences savePreferences(Viewer viewer, String email, Map<NotificationType, Channel> channels) {
        String username = username(viewer);
        return store.locked("prefs|" + username, () -> {
            Preferences current = preferencesOf(username);
            Map<NotificationType, Channel> merged = new java.util.EnumMap<>(NotificationType.class);
            merged.putAll(current.channels());
            if (channels != null) {
                channels.forEach((type, channel) -> {
                    if (type != null && channel != null) {
                        merged.put(type, channel);
                    }
                });
            }
            Preferences next = new Preferences(current.id(), current.version(), username, email, merged, null, null);
            return (current.id() == null ? preferences.create(next)
                    : preferences.update(current.id(), current.version(), next)).complete();
        });
    }

    private Preferences preferencesOf(String username) {
        return preferences.findBy(PreferencesKind.USERNAME, username).stream().findFirst()
                .orElseGet(() -> Preferences.defaults(username));
    }

    private static String username(Viewer viewer) {
        if (!viewer.signedIn() || viewer.username() == null) {
            throw new ForbiddenException("站内信属于登录的账号：请先登录");
        }
        return viewer.username();
    }

    private static String mailBody(Notification n) {
        return n.title() + "\n\n" + (n.body() == null ? "" : n.body() + "\n\n")
                + (n.link() == null ? "" : "查看：" + n.link() + "\n\n")
                + "—— TechMatch 科技成果供需对接平台（可在站内信的通知设置中更改邮件提醒）";
    }

    private static String cut(String text, int chars) {
        return text == null || text.length() <= chars ? text : text.substring(0, chars - 1) + "…";
    }

}
