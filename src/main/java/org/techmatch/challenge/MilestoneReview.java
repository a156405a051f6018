package org.techmatch.challenge;

import java.time.Instant;
import org.techmatch.catalog.Role;

/** One review of a milestone's latest evidence. */
public record MilestoneReview(MilestoneOutcome outcome, String comment, String reviewer, Role role,
                              String organisation, Instant at) {
}
