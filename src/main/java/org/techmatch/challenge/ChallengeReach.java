package org.techmatch.challenge;

import org.springframework.stereotype.Component;
import org.techmatch.account.ChallengeDistricts;
import org.techmatch.catalog.Viewer;

/** The challenges' districts for the account package's reviewer assignment rule. */
@Component
class ChallengeReach implements ChallengeDistricts {
    private final Challenges challenges;

    ChallengeReach(Challenges challenges) {
        this.challenges = challenges;
    }

    @Override
    public String districtOf(String challengeId, Viewer viewer) {
        return challenges.readable(challengeId, viewer).districtName();
    }

    @Override
    public String districtOrNull(String challengeId) {
        return challenges.library().lookup(challengeId).map(Challenge::districtName).orElse(null);
    }
}
