package org.techmatch.challenge;

import java.time.Instant;
import org.techmatch.catalog.Role;

/**
 * One review of a milestone's latest evidence.
 *
 * @param reviewer the signed-in reviewer's display name, from its account (never from the request)
 * @param account  the reviewer's account (null in older records)
 */
public record MilestoneReview(MilestoneOutcome outcome, String comment, String reviewer, Role role,
                              String organisation, Instant at, String account) {
}
