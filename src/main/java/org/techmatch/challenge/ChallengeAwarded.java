package org.techmatch.challenge;

import java.util.List;

/**
 * Published after the award is stored: the challenge (its awarded application set) and every application that was
 * still standing (已提交) when it was decided, the winner among them; withdrawn ones are not told.
 */
public record ChallengeAwarded(Challenge challenge, List<Application> applications) {
    public boolean won(Application application) {
        return application.id().equals(challenge.awardedApplicationId());
    }
}
