package org.techmatch.notification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.techmatch.catalog.LibraryService;
import org.techmatch.catalog.TianjinTime;
import org.techmatch.demand.Demand;
import org.techmatch.demand.ExpiryProperties;
import org.techmatch.vocabulary.DemandStatus;

/**
 * Calendar notices: an open demand's owner is reminded {@link #EXPIRY_DAYS} days (or fewer, if it was published
 * later) before its 有效期 ends, once per validity date. Runs at start and every morning in Tianjin; the dedupe key
 * makes a second run of the same day tell nobody twice. {@link NotificationService#matchDigest} is the hook for the
 * daily match digest.
 */
@Component
public class Reminders {
    static final int EXPIRY_DAYS = 14;

    private final LibraryService<Demand> demands;
    private final NotificationService notifications;
    private final Recipients recipients;
    private final Clock clock;
    private final boolean enabled;

    /** Off with the other calendar jobs ({@code techmatch.expiry.enabled}): a command must not write behind a benchmark. */
    Reminders(LibraryService<Demand> demands, NotificationService notifications, Recipients recipients, Clock clock,
              ExpiryProperties calendar) {
        this.enabled = calendar.enabled();
        this.demands = demands;
        this.notifications = notifications;
        this.recipients = recipients;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        if (enabled) {
            remindExpiring();
        }
    }

    @Scheduled(cron = "0 30 8 * * *", zone = "Asia/Shanghai")
    void daily() {
        if (enabled) {
            remindExpiring();
        }
    }

    /** Reminds the owners of open demands whose validity ends within the next 14 days; returns how many told. */
    public synchronized int remindExpiring() {
        LocalDate today = TianjinTime.today(clock);
        int told = 0;
        for (Demand d : demands.all()) {
            if (d.status() != DemandStatus.OPEN || d.validUntil() == null || d.validUntil().isBefore(today)
                    || d.validUntil().isAfter(today.plusDays(EXPIRY_DAYS))) {
                continue;
            }
            List<String> owners = recipients.ofOrganisation(d.enterprise() == null ? null : d.enterprise().name());
            told += notifications.send(new Notice(NotificationType.EXPIRY_REMINDER,
                    "需求「" + d.title() + "」将于 " + d.validUntil() + " 到期",
                    "到期后需求不再公开征集。如仍需要，请在到期前修改有效期。", "/demand.html?id=" + d.id(), d.id(),
                    "expiry:" + d.id() + ":" + d.validUntil()), owners).size();
        }
        return told;
    }
}
