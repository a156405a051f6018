package org.techmatch.interest;

import java.time.Instant;
import org.techmatch.catalog.CatalogRecord;
import org.techmatch.catalog.Texts;

/**
 * An expression of interest (我有意向): an organisation tells the owner of an achievement, demand or expert that it
 * wants to work with them, optionally offering one of its own records (the other side of a match).
 *
 * @param targetType     the library of the target ("demand", "achievement", "expert")
 * @param toOrganisation the target's owner; hidden from the sender while a confidential demand's answer is pending
 * @param confidential   whether the target is a confidential demand (its enterprise is not shown to the sender)
 * @param district       the target's district: its managers are told, its officials may read
 * @param dockingId      the docking an accepted interest became (a new one, or the live one of the same pair)
 */
public record Interest(
        String id,
        long version,
        InterestStatus status,
        String targetType,
        String targetId,
        String targetTitle,
        String offerId,
        String offerTitle,
        String fromOrganisation,
        String fromUsername,
        String toOrganisation,
        boolean confidential,
        String district,
        String message,
        DeclineReason declineReason,
        String declineNote,
        String answeredBy,
        Instant answeredAt,
        String dockingId,
        Instant createdAt,
        Instant updatedAt) implements CatalogRecord {

    public Interest {
        message = Texts.clean(message);
        declineNote = Texts.clean(declineNote);
    }

    @Override
    public String title() {
        return fromOrganisation + " → " + targetTitle;
    }

    Interest identified(String newId, long newVersion, Instant created, Instant updated) {
        return new Interest(newId, newVersion, status == null ? InterestStatus.OPEN : status, targetType, targetId,
                targetTitle, offerId, offerTitle, fromOrganisation, fromUsername, toOrganisation, confidential,
                district, message, declineReason, declineNote, answeredBy, answeredAt, dockingId, created, updated);
    }

    Interest answered(InterestStatus newStatus, DeclineReason reason, String note, String by, Instant at,
                      String docking) {
        return new Interest(id, version, newStatus, targetType, targetId, targetTitle, offerId, offerTitle,
                fromOrganisation, fromUsername, toOrganisation, confidential, district, message, reason, note, by, at,
                docking, createdAt, updatedAt);
    }

    /** The interest as its sender sees it before a confidential demand's enterprise accepted. */
    Interest withoutReceiver() {
        return new Interest(id, version, status, targetType, targetId, targetTitle, offerId, offerTitle,
                fromOrganisation, fromUsername, null, confidential, district, message, declineReason, declineNote,
                null, answeredAt, dockingId, createdAt, updatedAt);
    }
}
