package org.techmatch.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.techmatch.catalog.LibraryService;
import org.techmatch.store.StaleVersionException;
import org.techmatch.store.RecordStore;

/**
 * Sends the outbox, at most once per message. Each message is stored 发送中 (durably) before the SMTP conversation
 * and 已发送 after the server accepted it. A refusal or timeout stores it back as 待发送 with the error and the next
 * attempt (backoff doubling up to {@code techmatch.mail.max-retry}), so an outage loses nothing. A message still
 * 发送中 when the service starts was in the middle of its conversation when the service stopped: whether the server
 * took it cannot be known, so it becomes 待核实 and is left for an official ({@code /api/admin/outbox}) rather than
 * risk a second copy: delivery is at most once, and every message not known to be delivered stays visible.
 */
@Component
public class OutboxSender {
    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    static final String INTERRUPTED = "服务在发送过程中停止，无法确认邮件服务器是否已接收；为避免重复发送不会自动重发，请核实后重新排队";

    private final LibraryService<OutboxMessage> messages;
    private final ObjectProvider<JavaMailSender> senders;
    private final RecordStore store;
    private final MailProperties properties;
    private final Clock clock;

    OutboxSender(LibraryService<OutboxMessage> messages, ObjectProvider<JavaMailSender> senders, RecordStore store,
                 MailProperties properties, Clock clock) {
        this.messages = messages;
        this.senders = senders;
        this.store = store;
        this.properties = properties;
        this.clock = clock;
    }

    /** Before anything is sent: messages interrupted by the last stop become 待核实. */
    @EventListener(ApplicationReadyEvent.class)
    public synchronized int recoverInterrupted() {
        int marked = 0;
        for (OutboxMessage m : messages.findBy(OutboxKind.STATUS_FIELD, OutboxStatus.SENDING.label())) {
            messages.update(m.id(), m.version(), m.uncertain(INTERRUPTED));
            log.warn("mail {} to {} was being sent when the service stopped: now {}", m.id(), m.to(),
                    OutboxStatus.UNCERTAIN.label());
            marked++;
        }
        return marked;
    }

    @Scheduled(initialDelayString = "${techmatch.mail.poll-interval:PT30S}",
            fixedDelayString = "${techmatch.mail.poll-interval:PT30S}")
    void scheduled() {
        try {
            sendDue();
        } catch (RuntimeException e) {
            log.warn("outbox run stopped: {}", e.toString());
        }
    }

    /** Sends every 待发送 message whose next attempt is due; returns how many went out. */
    public synchronized int sendDue() {
        JavaMailSender sender = senders.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        int sent = 0;
        Instant now = clock.instant();
        for (OutboxMessage due : messages.findBy(OutboxKind.STATUS_FIELD, OutboxStatus.PENDING.label())) {
            if (due.nextAttemptAt() != null && due.nextAttemptAt().isAfter(now)) {
                continue;
            }
            OutboxMessage sending;
            try {
                sending = store.locked(due.id(), () -> {
                    OutboxMessage current = messages.get(due.id());
                    return current.status() == OutboxStatus.PENDING
                            ? messages.update(current.id(), current.version(), current.sending()) : null;
                });
            } catch (StaleVersionException e) {
                continue;
            }
            if (sending != null && send(sender, sending)) {
                sent++;
            }
        }
        return sent;
    }

    /** One SMTP conversation; the outcome is stored before the next message is tried. */
    private boolean send(JavaMailSender sender, OutboxMessage m) {
        try {
            MimeMessage mime = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(mime, StandardCharsets.UTF_8.name());
            helper.setFrom(properties.from());
            helper.setTo(m.to());
            helper.setSubject(m.subject());
            helper.setText(m.body());
            sender.send(mime);
        } catch (MailException | MessagingException e) {
            Instant retry = clock.instant().plus(properties.backoff(m.attempts()));
            messages.update(m.id(), m.version(), m.failed(reason(e), retry));
            log.info("mail {} to {} not sent (attempt {}), next attempt {}: {}", m.id(), m.to(), m.attempts(), retry,
                    reason(e));
            return false;
        }
        messages.update(m.id(), m.version(), m.sent(clock.instant()));
        return true;
    }

    private static String reason(Exception e) {
        StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable cause = e.getCause(); cause != null && text.length() < 400; cause = cause.getCause()) {
            text.append("；").append(cause.getMessage());
        }
        return text.length() > 500 ? text.substring(0, 500) : text.toString();
    }
}
