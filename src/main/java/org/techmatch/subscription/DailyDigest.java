package org.techmatch.subscription;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every morning in Tianjin, each subscription's new records go out as one digest. */
@Component
class DailyDigest {
    private static final Logger log = LoggerFactory.getLogger(DailyDigest.class);
    private final SubscriptionService subscriptions;

    DailyDigest(SubscriptionService subscriptions) {
        this.subscriptions = subscriptions;
    }

    @Scheduled(cron = "0 0 8 * * *", zone = "Asia/Shanghai")
    void daily() {
        int sent = subscriptions.runDigests();
        log.info("subscription digests sent: {}", sent);
    }
}
