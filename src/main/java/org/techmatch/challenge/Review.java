package org.techmatch.challenge;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.techmatch.catalog.Texts;

/**
 * One reviewer's scores of an application, criterion name → 0–100, and the weighted total under the
 * challenge's criteria. The reviewer's organisation is what the conflict-of-interest rule compares.
 *
 * @param reviewer the signed-in reviewer's display name, from its account (never from the request)
 * @param account  the reviewer's account: one review per account and application (null in older records)
 */
public record Review(String reviewer, String organisation, Map<String, Double> scores, Double weightedScore,
                     String comment, Instant at, String account) {
    public Review {
        reviewer = Texts.clean(reviewer);
        organisation = Texts.clean(organisation);
        comment = Texts.clean(comment);
        scores = scores == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(scores));
    }

    Review(String reviewer, String organisation, Map<String, Double> scores, Double weightedScore, String comment,
           Instant at) {
        this(reviewer, organisation, scores, weightedScore, comment, at, null);
    }

    /** The same review without who wrote it: what the applicant is shown. */
    Review anonymous() {
        return new Review(null, null, scores, weightedScore, comment, at, null);
    }

    /** Whether this review was filed by the same reviewer account as other (older reviews without one never are). */
    boolean sameReviewerAs(Review other) {
        return account != null && account.equals(other.account);
    }
}
