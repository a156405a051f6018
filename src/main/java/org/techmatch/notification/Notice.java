package org.techmatch.notification;

/**
 * What to tell, before it is addressed: the hook other features call ({@link NotificationService#send}).
 *
 * @param link      the page of the object it is about ("/demand.html?id=DEM-000001")
 * @param objectId  the id of that object
 * @param dedupeKey when not null, a recipient gets at most one notification with this key (a daily digest:
 *                  "match:DEM-000001:2026-06-01"; a reminder: "expiry:DEM-000001:2026-06-15")
 */
public record Notice(NotificationType type, String title, String body, String link, String objectId,
                     String dedupeKey) {
}
