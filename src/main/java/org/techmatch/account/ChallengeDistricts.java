package org.techmatch.account;

import org.techmatch.catalog.Viewer;

/**
 * Where challenges are run, for the rule that a district official assigns reviewers only to its district's
 * challenges. Implemented by the challenge package (the account package does not know challenges).
 */
public interface ChallengeDistricts {
    /** The district of a challenge this viewer may read; a 404 (RecordNotFoundException) when it is not there for it. */
    String districtOf(String challengeId, Viewer viewer);

    /** The district of a challenge, or null when there is no such challenge or it names none. */
    String districtOrNull(String challengeId);
}
