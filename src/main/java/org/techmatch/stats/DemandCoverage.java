package org.techmatch.stats;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.techmatch.catalog.Viewer;
import org.techmatch.demand.Demand;
import org.techmatch.matching.Match;
import org.techmatch.matching.MatchEngine;
import org.techmatch.matching.MatchPage;
import org.techmatch.matching.MatchRequest;

/**
 * Whether the engine finds a good match for a demand, and the best candidate either way. Scoring every open
 * demand takes seconds, so results are kept per demand version for a few minutes (StatsProperties): the
 * unmet list and the funnel may lag new achievements by that long, never a demand's own edits.
 */
@Component
@EnableConfigurationProperties(StatsProperties.class)
public class DemandCoverage {
    private static final Logger log = LoggerFactory.getLogger(DemandCoverage.class);
    /** Scoring runs as the platform, not as a user: the result is a number, never shown record by record. */
    private static final Viewer SYSTEM = new Viewer(org.techmatch.catalog.Role.OFFICIAL, null);

    private final ObjectProvider<MatchEngine> engine;
    private final Cache<String, Coverage> cache;

    public DemandCoverage(ObjectProvider<MatchEngine> engine, StatsProperties properties) {
        this.engine = engine;
        this.cache = Caffeine.newBuilder().maximumSize(100_000)
                .expireAfterWrite(Duration.ofMinutes(properties.coverageCacheMinutes())).build();
    }

    /** The best candidate of a demand and whether it clears the engine's threshold. */
    public record Coverage(double bestScore, boolean good, String bestId, String bestTitle, double threshold) {
    }

    public boolean available() {
        return engine.getIfAvailable() != null;
    }

    /** Empty when there is no engine, or it failed for this demand (then the demand is left out, not guessed). */
    public Optional<Coverage> of(Demand demand) {
        MatchEngine matcher = engine.getIfAvailable();
        if (matcher == null) {
            return Optional.empty();
        }
        String key = demand.id() + "@" + demand.version();
        Coverage cached = cache.getIfPresent(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        try {
            MatchPage page = matcher.achievementsForDemand(demand.id(), new MatchRequest(0, 1, null, true), SYSTEM);
            Match best = page.matches().isEmpty() ? null : page.matches().getFirst();
            Coverage coverage = new Coverage(best == null ? 0 : best.rankScore(), !page.noGoodMatch(),
                    best == null ? null : best.id(), best == null ? null : best.title(), page.threshold());
            cache.put(key, coverage);
            return Optional.of(coverage);
        } catch (RuntimeException e) {
            log.warn("Could not score demand {} for coverage", demand.id(), e);
            return Optional.empty();
        }
    }
}
