package org.techmatch.demand;

import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.techmatch.catalog.LibraryService;
import org.techmatch.catalog.TianjinTime;
import org.techmatch.catalog.ValidationException;
import org.techmatch.store.StaleVersionException;
import org.techmatch.vocabulary.DemandStatus;

/**
 * The calendar's part of a demand's life: once its 有效期 has passed, a 征集中 demand becomes 已过期, so it leaves the
 * default listings (matching already drops it by date, see CandidateFilters). Runs when the service is ready and
 * then every night just after midnight in Tianjin; writes through the library, so the audit trail names 系统.
 * A demand in 对接中 is left to its docking: when the docking ends it is 征集中 again and expires on the next run.
 * Achievements have no validity, so nothing moves them.
 */
@Component
public class DemandExpiry {
    private static final Logger log = LoggerFactory.getLogger(DemandExpiry.class);

    private final LibraryService<Demand> demands;
    private final Clock clock;
    private final boolean enabled;

    DemandExpiry(LibraryService<Demand> demands, Clock clock, ExpiryProperties properties) {
        this.demands = demands;
        this.clock = clock;
        this.enabled = properties.enabled();
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        if (enabled) {
            expirePastValidity();
        }
    }

    @Scheduled(cron = "0 5 0 * * *", zone = "Asia/Shanghai")
    void daily() {
        if (enabled) {
            expirePastValidity();
        }
    }

    /** Moves every open demand whose last valid day is before today to 已过期; returns how many moved. */
    public synchronized int expirePastValidity() {
        LocalDate today = TianjinTime.today(clock);
        int expired = 0;
        for (Demand demand : demands.all()) {
            if (demand.status() != DemandStatus.OPEN || demand.validUntil() == null
                    || !demand.validUntil().isBefore(today)) {
                continue;
            }
            try {
                demands.update(demand.id(), demand.version(), demand.withStatus(DemandStatus.EXPIRED));
                expired++;
            } catch (ValidationException | StaleVersionException e) {
                // changed meanwhile (the next run sees it again) or stored under older rules: log, never stop the run
                log.warn("demand {} stays {} past its validity {}: {}", demand.id(), demand.status().label(),
                        demand.validUntil(), e.getMessage());
            }
        }
        if (expired > 0) {
            log.info("{} demands past their validity are now {}", expired, DemandStatus.EXPIRED.label());
        }
        return expired;
    }
}
