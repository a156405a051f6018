package org.techmatch.matching;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Matching parameters, pinned so a ranking is reproducible (see application.yml for each value's reason).
 *
 * @param threshold          calibrated score under which a candidate is not a good match (暂无合适匹配)
 * @param lexicalCandidates  candidates taken from BM25
 * @param vectorCandidates   candidates taken from the vector index
 * @param maxWords           informative words kept from a query text
 * @param maxBigrams         informative character bigrams kept from a query text
 * @param withVectors        the fusion used when both sides have a vector
 * @param lexicalOnly        the fusion used when one side has none (vectors off or not computed yet)
 * @param cacheCandidates    ranked candidates the ranking cache holds, all rankings together (a ranking holds up to
 *                           {@link MatchRequest#MAX_WINDOW}, each its score and text evidence, some 200 bytes, and
 *                           a reference to the candidate's profile)
 * @param concurrentRankings rankings computed at once (0: as many as cores); a match whose ranking is cached does not
 *                           wait for one
 * @param rankingWaitMs      how long a ranking waits for one of those before it is computed without (the bound adds
 *                           at most this to a match, see {@link RankingSlots}); 0: rankings never wait, no bound
 */
@ConfigurationProperties("techmatch.matching")
public record MatchingProperties(double threshold, int lexicalCandidates, int vectorCandidates, int maxWords,
                                 int maxBigrams, FusionModel withVectors, FusionModel lexicalOnly,
                                 int cacheCandidates, int concurrentRankings, long rankingWaitMs) {
    public MatchingProperties {
        if (threshold <= 0 || threshold >= 1) {
            throw new IllegalArgumentException("techmatch.matching.threshold must be in (0, 1)");
        }
        if (lexicalCandidates < 1 || vectorCandidates < 1 || maxWords < 1 || maxBigrams < 0 || cacheCandidates < 0
                || concurrentRankings < 0 || rankingWaitMs < 0) {
            throw new IllegalArgumentException("techmatch.matching candidate and term counts must be positive");
        }
        if (withVectors == null || lexicalOnly == null) {
            throw new IllegalArgumentException("techmatch.matching.with-vectors and lexical-only must be configured");
        }
    }

    /** How long a ranking waits for a slot before it goes ahead without one. */
    public Duration rankingWait() {
        return Duration.ofMillis(rankingWaitMs);
    }

    /** The rankings computed at once: the setting, or the cores when it is 0. */
    public int rankingSlots() {
        return concurrentRankings > 0 ? concurrentRankings : Runtime.getRuntime().availableProcessors();
    }
}
