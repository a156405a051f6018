package org.techmatch.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.techmatch.achievement.Achievement;
import org.techmatch.catalog.CatalogRecord;
import org.techmatch.catalog.LibraryService;
import org.techmatch.catalog.Role;
import org.techmatch.catalog.Viewer;
import org.techmatch.demand.Demand;
import org.techmatch.demand.ExpiryProperties;
import org.techmatch.matching.Match;
import org.techmatch.matching.MatchPage;
import org.techmatch.matching.MatchRequest;
import org.techmatch.matching.MatchService;

/**
 * The daily digest of new good matches (新匹配推荐): every morning, each listed demand and achievement whose owner
 * has accounts is matched as its owner sees the libraries, and the good matches published in the last day are
 * sent to the owner in one notice — at most one a day per record ({@link NotificationService#matchDigest}).
 * Records whose organisation has no account are not matched at all (nobody would be told).
 */
@Component
public class MatchDigests {
    private static final Logger log = LoggerFactory.getLogger(MatchDigests.class);
    static final Duration NEW_WITHIN = Duration.ofDays(1);
    static final int CANDIDATES = 20;

    private final MatchService matches;
    private final LibraryService<Demand> demands;
    private final LibraryService<Achievement> achievements;
    private final NotificationService notifications;
    private final Recipients recipients;
    private final Clock clock;
    private final boolean enabled;

    MatchDigests(MatchService matches, LibraryService<Demand> demands, LibraryService<Achievement> achievements,
                 NotificationService notifications, Recipients recipients, Clock clock, ExpiryProperties calendar) {
        this.matches = matches;
        this.demands = demands;
        this.achievements = achievements;
        this.notifications = notifications;
        this.recipients = recipients;
        this.clock = clock;
        this.enabled = calendar.enabled();
    }

    @Scheduled(cron = "0 15 8 * * *", zone = "Asia/Shanghai")
    void daily() {
        if (enabled) {
            log.info("match digests sent: {}", run());
        }
    }

    /** Sends today's digests; returns how many records' owners were told. */
    public synchronized int run() {
        Instant since = clock.instant().minus(NEW_WITHIN);
        Function<String, List<String>> owners = recipients.organisationsSnapshot();
        int told = 0;
        for (Demand d : demands.all()) {
            String owner = d.enterprise() == null ? null : d.enterprise().name();
            if (demands.kind().listedByDefault(d)) {
                told += digest(d, owners.apply(owner), owner, "/demand.html?id=", since, achievements::lookup,
                        viewer -> matches.achievementsForDemand(d.id(), request(), viewer));
            }
        }
        for (Achievement a : achievements.all()) {
            String owner = a.owner() == null ? null : a.owner().name();
            if (achievements.kind().listedByDefault(a)) {
                told += digest(a, owners.apply(owner), owner, "/achievement.html?id=", since, demands::lookup,
                        viewer -> matches.demandsForAchievement(a.id(), request(), viewer));
            }
        }
        return told;
    }

    private int digest(CatalogRecord record, List<String> owners, String owner, String page, Instant since,
                       Function<String, java.util.Optional<? extends CatalogRecord>> candidates,
                       Function<Viewer, MatchPage> match) {
        if (owners.isEmpty()) {
            return 0;
        }
        List<Match> fresh;
        try {
            fresh = match.apply(new Viewer(Role.ENTERPRISE, owner)).matches().stream().filter(Match::good)
                    .filter(m -> candidates.apply(m.id()).map(c -> c.createdAt() != null
                            && c.createdAt().isAfter(since)).orElse(false)).toList();
        } catch (RuntimeException e) {
            // the engine not ready, the record changed meanwhile: tomorrow's run sees it again
            log.warn("no match digest for {}: {}", record.id(), e.toString());
            return 0;
        }
        if (fresh.isEmpty()) {
            return 0;
        }
        List<String> lines = fresh.stream().map(m -> m.id() + " " + m.title() + "（匹配度 "
                + Math.round(m.score() * 100) + "%）").toList();
        return notifications.matchDigest(record.id(), record.title(), page + record.id(), lines, owners).isEmpty()
                ? 0 : 1;
    }

    private static MatchRequest request() {
        return new MatchRequest(0, CANDIDATES, Map.of());
    }
}
