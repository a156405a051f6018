package org.techmatch.subscription;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.techmatch.demand.ExpiryProperties;

/** Every morning in Tianjin, each subscription's new records go out as one digest. */
@Component
class DailyDigest {
    private static final Logger log = LoggerFactory.getLogger(DailyDigest.class);
    private final SubscriptionService subscriptions;
    private final boolean enabled;

    /** Off with the other calendar jobs ({@code techmatch.expiry.enabled}), as commands set it. */
    DailyDigest(SubscriptionService subscriptions, ExpiryProperties calendar) {
        this.subscriptions = subscriptions;
        this.enabled = calendar.enabled();
    }

    @Scheduled(cron = "0 0 8 * * *", zone = "Asia/Shanghai")
    void daily() {
        if (!enabled) {
            return;
        }
        int sent = subscriptions.runDigests();
        log.info("subscription digests sent: {}", sent);
    }
}
