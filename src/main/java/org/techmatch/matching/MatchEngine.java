package org.techmatch.matching;

import java.util.List;
import org.techmatch.achievement.Achievement;
import org.techmatch.catalog.Viewer;
import org.techmatch.demand.Demand;

/**
 * One engine, every direction: candidates from the index, features, one calibrated score in [0, 1], and an
 * explanation for each match. A page whose best score is under {@link #threshold()} says 暂无合适匹配.
 */
public interface MatchEngine {
    /** 企业出题 → 高校院所破题: achievements that could solve a stored demand. */
    MatchPage achievementsForDemand(String demandId, MatchRequest request, Viewer viewer);

    /** The other way: enterprises' demands an achievement could serve. */
    MatchPage demandsForAchievement(String achievementId, MatchRequest request, Viewer viewer);

    /** Experts and teams for a demand, from their profiles and their achievements. */
    MatchPage expertsForDemand(String demandId, MatchRequest request, Viewer viewer);

    /** A demand not yet saved (an enterprise trying its text before submitting it). */
    MatchPage achievementsForDraft(Demand draft, MatchRequest request, Viewer viewer);

    /**
     * Scores proposals that need not be stored (a challenge's applications, described as achievements)
     * against a problem, best first, each with its explanation.
     */
    List<Match> rankProposals(Demand problem, List<Achievement> proposals);

    /** The calibrated score under which a candidate is not a good match. */
    double threshold();
}
