package org.techmatch.stats;

import java.util.List;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.techmatch.achievement.Achievement;
import org.techmatch.catalog.LibraryService;
import org.techmatch.catalog.Viewer;
import org.techmatch.demand.Demand;
import org.techmatch.matching.Match;
import org.techmatch.matching.MatchEngine;
import org.techmatch.matching.MatchPage;
import org.techmatch.matching.MatchRequest;

/**
 * An engine whose answer the test decides: a demand whose title starts with 【有成果】 has a good match (0.8),
 * any other has only a weak one (0.3). It keeps hand-computed statistics independent of ranking changes.
 */
final class StubMatchEngine implements MatchEngine {
    static final String GOOD = "【有成果】";
    private final LibraryService<Demand> demands;

    StubMatchEngine(LibraryService<Demand> demands) {
        this.demands = demands;
    }

    @Override
    public MatchPage achievementsForDemand(String demandId, MatchRequest request, Viewer viewer) {
        boolean good = demands.get(demandId).title().startsWith(GOOD);
        double score = good ? 0.8 : 0.3;
        Match best = new Match("ACH-STUB", "achievement", "桩成果", score, good, null);
        return new MatchPage(demandId, "需求→成果", good ? 1 : 0, 0, 1, threshold(), !good, good ? null : "暂无合适匹配",
                false, request.includeWeak() || good ? List.of(best) : List.of());
    }

    @Override
    public MatchPage demandsForAchievement(String achievementId, MatchRequest request, Viewer viewer) {
        throw new UnsupportedOperationException();
    }

    @Override
    public MatchPage expertsForDemand(String demandId, MatchRequest request, Viewer viewer) {
        throw new UnsupportedOperationException();
    }

    @Override
    public MatchPage achievementsForDraft(Demand draft, MatchRequest request, Viewer viewer) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Match> rankProposals(Demand problem, List<Achievement> proposals) {
        throw new UnsupportedOperationException();
    }

    @Override
    public double threshold() {
        return 0.5;
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Config {
        @Bean
        @Primary
        MatchEngine stubMatchEngine(LibraryService<Demand> demands) {
            return new StubMatchEngine(demands);
        }
    }
}
