package org.techmatch.matching;

import org.techmatch.achievement.AchievementKind;
import org.techmatch.demand.DemandKind;

/** Which library the candidates come from, and which side of a match the query record is on. */
enum Direction {
    ACHIEVEMENTS_FOR_DEMAND("demand→achievement", AchievementKind.TYPE, true),
    DEMANDS_FOR_ACHIEVEMENT("achievement→demand", DemandKind.TYPE, false),
    EXPERTS_FOR_DEMAND("demand→expert", "expert", true);

    private final String label;
    private final String candidateType;
    private final boolean queryIsDemand;

    Direction(String label, String candidateType, boolean queryIsDemand) {
        this.label = label;
        this.candidateType = candidateType;
        this.queryIsDemand = queryIsDemand;
    }

    String label() {
        return label;
    }

    String candidateType() {
        return candidateType;
    }

    /** The demand side of a pair (expectations, budget), given the query and a candidate. */
    MatchProfile demandSide(MatchProfile query, MatchProfile candidate) {
        return queryIsDemand ? query : candidate;
    }

    /** The supply side (what is offered: an achievement or a team). */
    MatchProfile supplySide(MatchProfile query, MatchProfile candidate) {
        return queryIsDemand ? candidate : query;
    }
}
