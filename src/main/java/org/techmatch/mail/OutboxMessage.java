package org.techmatch.mail;

import java.time.Instant;
import org.techmatch.catalog.CatalogRecord;
import org.techmatch.catalog.Texts;

/**
 * One e-mail waiting in, or sent from, the outbox. Stored in the index like every record, so a mail server outage
 * or a restart loses nothing.
 *
 * @param recipient     the account the mail is for (its notification's recipient)
 * @param to            the address it goes to
 * @param attempts      SMTP conversations started so far
 * @param lastError     the last refusal or timeout, as the mail library reported it
 * @param nextAttemptAt when the job tries a 待发送 message next
 * @param source        what it was made from (a notification id)
 */
public record OutboxMessage(
        String id,
        long version,
        String recipient,
        String to,
        String subject,
        String body,
        OutboxStatus status,
        int attempts,
        String lastError,
        Instant nextAttemptAt,
        Instant sentAt,
        String source,
        Instant createdAt,
        Instant updatedAt) implements CatalogRecord {

    public OutboxMessage {
        to = Texts.clean(to);
        subject = Texts.clean(subject);
        lastError = Texts.clean(lastError);
    }

    @Override
    public String title() {
        return subject;
    }

    OutboxMessage identified(String newId, long newVersion, Instant created, Instant updated) {
        return new OutboxMessage(newId, newVersion, recipient, to, subject, body,
                status == null ? OutboxStatus.PENDING : status, attempts, lastError,
                nextAttemptAt == null ? created : nextAttemptAt, sentAt, source, created, updated);
    }

    OutboxMessage sending() {
        return new OutboxMessage(id, version, recipient, to, subject, body, OutboxStatus.SENDING, attempts + 1,
                lastError, nextAttemptAt, sentAt, source, createdAt, updatedAt);
    }

    OutboxMessage sent(Instant at) {
        return new OutboxMessage(id, version, recipient, to, subject, body, OutboxStatus.SENT, attempts, null, null,
                at, source, createdAt, updatedAt);
    }

    OutboxMessage failed(String error, Instant retryAt) {
        return new OutboxMessage(id, version, recipient, to, subject, body, OutboxStatus.PENDING, attempts, error,
                retryAt, sentAt, source, createdAt, updatedAt);
    }

    OutboxMessage uncertain(String why) {
        return new OutboxMessage(id, version, recipient, to, subject, body, OutboxStatus.UNCERTAIN, attempts, why,
                null, sentAt, source, createdAt, updatedAt);
    }

    OutboxMessage requeued(Instant at) {
        return new OutboxMessage(id, version, recipient, to, subject, body, OutboxStatus.PENDING, attempts, lastError,
                at, sentAt, source, createdAt, updatedAt);
    }
}
