package org.techmatch.mail;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.techmatch.catalog.ForbiddenException;
import org.techmatch.catalog.LibraryService;
import org.techmatch.catalog.Role;
import org.techmatch.catalog.StateConflictException;
import org.techmatch.catalog.Viewer;
import org.techmatch.store.RecordStore;
import org.techmatch.store.IndexedRecord;

/**
 * The outbox: messages are put in it in the same atomic write as what they tell of (a notification), and sent by
 * {@link OutboxSender}. Officials see every message with its state, last error and next attempt, and may put a
 * 待核实 message back in the queue once they have checked it did not arrive.
 */
@Service
public class Outbox {
    private final LibraryService<OutboxMessage> messages;
    private final ObjectProvider<JavaMailSender> sender;
    private final RecordStore store;
    private final Clock clock;

    Outbox(LibraryService<OutboxMessage> messages, ObjectProvider<JavaMailSender> sender, RecordStore store,
           Clock clock) {
        this.messages = messages;
        this.sender = sender;
        this.store = store;
        this.clock = clock;
    }

    /** Whether e-mail is on: spring.mail.host is configured. Off, nothing is put in the outbox. */
    public boolean enabled() {
        return sender.getIfAvailable() != null;
    }

    /**
     * A new 待发送 message, not yet stored: the caller writes it together with the record it tells of
     * ({@link RecordStore#writeWith}), so the two are durable together or not at all.
     */
    public IndexedRecord prepare(String recipient, String to, String subject, String body, String source) {
        OutboxMessage message = messages.identify(new OutboxMessage(null, 0, recipient, to, cut(subject, OutboxKind.SUBJECT_CHARS),
                cut(body, OutboxKind.BODY_CHARS), OutboxStatus.PENDING, 0, null, null, null, source, null, null));
        return messages.toIndexed(message);
    }

    /** The messages in one state (all when status is null), newest first: for officials. */
    public List<OutboxMessage> list(OutboxStatus status, Viewer viewer) {
        ForbiddenException.unlessRole(viewer, "查看邮件发件箱", java.util.Set.of(Role.OFFICIAL));
        List<OutboxMessage> found = status == null ? messages.all()
                : messages.findBy(OutboxKind.STATUS_FIELD, status.label());
        return found.stream().sorted(Comparator.comparing(OutboxMessage::id).reversed()).toList();
    }

    public OutboxMessage get(String id, Viewer viewer) {
        return messages.readable(id, viewer);
    }

    /**
     * An official puts a 待核实 message (or a 待发送 one waiting for its next attempt) back in the queue, to go out
     * on the job's next run. A 待核实 one may have arrived already: the official has checked it did not.
     */
    public OutboxMessage requeue(String id, Viewer viewer) {
        ForbiddenException.unlessRole(viewer, "重新发送邮件", java.util.Set.of(Role.OFFICIAL));
        return store.locked(id, () -> {
            OutboxMessage current = messages.readable(id, viewer);
            if (current.status() != OutboxStatus.UNCERTAIN && current.status() != OutboxStatus.PENDING) {
                throw new StateConflictException("邮件「" + id + "」" + current.status().label() + "，不能重新排队");
            }
            return messages.update(id, current.version(), current.requeued(clock.instant()));
        });
    }

    private static String cut(String text, int chars) {
        return text == null || text.length() <= chars ? text : text.substring(0, chars - 1) + "…";
    }
}
