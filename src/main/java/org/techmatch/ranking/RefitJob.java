package org.techmatch.ranking;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The optional scheduled refit from the accumulated feedback (techmatch.ranking.refit-cron; "-", the default, turns
 * it off). It activates a candidate only under the same rule as the refit command: not worse on held-out demands.
 */
@Component
class RefitJob {
    private static final Logger LOG = LoggerFactory.getLogger(RefitJob.class);

    private final Refit refit;

    RefitJob(Refit refit) {
        this.refit = refit;
    }

    @Scheduled(cron = "${techmatch.ranking.refit-cron:-}", zone = "Asia/Shanghai")
    void refitFromFeedback() {
        try {
            LOG.info("scheduled refit:\n{}", refit.run(null).report());
        } catch (RuntimeException e) {
            // a failed refit changes nothing (the active model stays); the next run tries again
            LOG.error("scheduled refit failed; the active ranking model stays", e);
        }
    }
}
