package org.techmatch.challenge;

import java.time.Instant;
import org.techmatch.catalog.Role;

/** One entry of a challenge's transition log: which move, from and to which status, who, why and when. */
public record TransitionRecord(String transition, String action, ChallengeStatus from, ChallengeStatus to, Role role,
                               String organisation, String reason, Instant at) {
}
