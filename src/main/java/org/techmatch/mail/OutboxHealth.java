package org.techmatch.mail;

import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.techmatch.catalog.LibraryService;
import org.techmatch.ops.HealthCheck;

/**
 * The mail outbox under /actuator/health as "mail-outbox", present only when mail is configured (spring.mail.host):
 * how many messages wait (待发送 and 发送中), how long the oldest has waited, how many are being retried and how
 * many are 待核实 for an official. Always up: a mail server outage loses nothing (the outbox keeps and retries), so
 * it must not take the service out of rotation; the figures are for the operator's alerting. Not in readiness.
 */
@Component
@ConditionalOnProperty(prefix = "spring.mail", name = "host")
class OutboxHealth implements HealthCheck {
    private final LibraryService<OutboxMessage> messages;
    private final Clock clock;

    OutboxHealth(LibraryService<OutboxMessage> messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "mail-outbox";
    }

    @Override
    public Result check() {
        List<OutboxMessage> pending = in(OutboxStatus.PENDING);
        List<OutboxMessage> queued = new java.util.ArrayList<>(pending);
        queued.addAll(in(OutboxStatus.SENDING));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("queued", queued.size());
        details.put("oldestQueuedSeconds", queued.stream().map(OutboxMessage::createdAt)
                .min(Comparator.naturalOrder())
                .map(oldest -> Math.max(0, Duration.between(oldest, clock.instant()).toSeconds())).orElse(0L));
        details.put("retrying", pending.stream().filter(m -> m.attempts() > 0).count());
        details.put("uncertain", in(OutboxStatus.UNCERTAIN).size());
        pending.stream().filter(m -> m.lastError() != null).max(Comparator.comparing(OutboxMessage::updatedAt))
                .ifPresent(m -> details.put("lastError", m.lastError()));
        return Result.up(details);
    }

    private List<OutboxMessage> in(OutboxStatus status) {
        return messages.findBy(OutboxKind.STATUS_FIELD, status.label());
    }
}
