package org.techmatch.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.techmatch.achievement.Achievement;
import org.techmatch.catalog.Indicator;
import org.techmatch.catalog.Organisation;
import org.techmatch.catalog.Viewer;
import org.techmatch.demand.Demand;
import org.techmatch.matching.Explanation;
import org.techmatch.matching.Match;
import org.techmatch.matching.MatchEngine;
import org.techmatch.matching.MatchPage;
import org.techmatch.matching.MatchRequest;
import org.techmatch.vocabulary.Maturity;
import org.techmatch.vocabulary.OrgKind;
import org.techmatch.vocabulary.TechField;

/** Pre-ranking hands the engine the challenge as a demand and each application as an achievement. */
class ApplicationRankingTest {
    private final List<Demand> problems = new ArrayList<>();
    private final List<Achievement> proposals = new ArrayList<>();

    /** Scores a proposal by its price: the cheaper the better, so the expected order is known. */
    private final MatchEngine engine = new MatchEngine() {
        @Override
        public List<Match> rankProposals(Demand problem, List<Achievement> given) {
            problems.add(problem);
            proposals.addAll(given);
            return given.stream().map(a -> new Match(a.id(), "application", a.title(),
                    1 - a.askingPrice().minWan() / 1000, true, new Explanation(List.of(), null, null, List.of(), "价格"))).toList();
        }

        @Override
        public double threshold() {
            return 0.5;
        }

        @Override
        public MatchPage achievementsForDemand(String id, MatchRequest r, Viewer v) {
            throw new UnsupportedOperationException();
        }

        @Override
        public MatchPage demandsForAchievement(String id, MatchRequest r, Viewer v) {
            throw new UnsupportedOperationException();
        }

        @Override
        public MatchPage expertsForDemand(String id, MatchRequest r, Viewer v) {
            throw new UnsupportedOperationException();
        }

        @Override
        public MatchPage achievementsForDraft(Demand d, MatchRequest r, Viewer v) {
            throw new UnsupportedOperationException();
        }
    };

    private static Application application(String id, double price) {
        return new Application(id, 1, "CHL-000001", ApplicationStatus.SUBMITTED, "方案" + id,
                new Organisation("单位" + id, OrgKind.UNIVERSITY), null, null, List.of(), "技术路线" + id,
                Maturity.PILOT_TESTED, price, null, List.of(), Instant.parse("2026-06-01T00:00:00Z"), null);
    }

    private static Challenge challenge() {
        return new Challenge("CHL-000001", 3, ChallengeStatus.REVIEWING, "柔轮长寿命攻关", "柔轮寿命不足", List.of(),
                List.of(new Indicator("寿命", "≥ 10000 小时")), TechField.ADVANCED_MANUFACTURING, null, 300.0,
                new Support(100.0, SupportForm.GRANT), null, null, null, null, List.of(), List.of(), null, null, null,
                List.of(), null, null);
    }

    @Test
    void theEngineOrdersTheApplicationsAndExplainsEach() {
        var factory = new StaticListableBeanFactory(Map.of("engine", engine));
        ApplicationRanking ranking = new ApplicationRanking(factory.getBeanProvider(MatchEngine.class), null, null);
        ApplicationRanking.Ranked ranked = ranking.rank(challenge(),
                List.of(application("APP-000001", 300), application("APP-000002", 100), application("APP-000003", 200)));

        assertThat(ranked.rankedBy()).isEqualTo(ApplicationRanking.BY_ENGINE);
        assertThat(ranked.threshold()).isEqualTo(0.5);
        assertThat(ranked.items()).extracting(i -> i.application().id())
                .containsExactly("APP-000002", "APP-000003", "APP-000001");
        assertThat(ranked.items()).extracting(ApplicationRanking.RankedApplication::rank).containsExactly(1, 2, 3);
        assertThat(ranked.items().getFirst().match().explanation().summary()).isEqualTo("价格");

        Demand problem = problems.getFirst();
        assertThat(problem.title()).isEqualTo("柔轮长寿命攻关");
        assertThat(problem.indicators()).hasSize(1);
        assertThat(problem.budget().minWan()).isEqualTo(300);
        Achievement proposal = proposals.getFirst();
        assertThat(proposal.id()).isEqualTo("APP-000001");
        assertThat(proposal.description()).isEqualTo("技术路线APP-000001");
        assertThat(proposal.owner().name()).isEqualTo("单位APP-000001");
        assertThat(proposal.techField()).isEqualTo(TechField.ADVANCED_MANUFACTURING); // from the challenge
        assertThat(proposal.maturity()).isEqualTo(Maturity.PILOT_TESTED);
    }

    @Test
    void withoutAnEngineTheReviewersMeanScoreOrders() {
        ApplicationRanking ranking = new ApplicationRanking(new StaticListableBeanFactory()
                .getBeanProvider(MatchEngine.class), null, null);
        Application reviewed = application("APP-000002", 100).reviewedBy(
                new Review("张教授", "南开大学", Map.of(), 80.0, null, Instant.now()));
        ApplicationRanking.Ranked ranked = ranking.rank(challenge(), List.of(application("APP-000001", 300), reviewed));
        assertThat(ranked.rankedBy()).isEqualTo(ApplicationRanking.BY_REVIEWS);
        assertThat(ranked.items()).extracting(i -> i.application().id()).containsExactly("APP-000002", "APP-000001");
        assertThat(ranked.items().getFirst().averageScore()).isEqualTo(80);
        assertThat(ranked.items().getFirst().match()).isNull();
    }
}
