package org.techmatch.challenge;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.techmatch.catalog.Texts;

/**
 * One reviewer's scores of an application, criterion name → 0–100, and the weighted total under the
 * challenge's criteria. The reviewer's organisation is what the conflict-of-interest rule compares.
 */
public record Review(String reviewer, String organisation, Map<String, Double> scores, Double weightedScore,
                     String comment, Instant at) {
    public Review {
        reviewer = Texts.clean(reviewer);
        organisation = Texts.clean(organisation);
        comment = Texts.clean(comment);
        scores = scores == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(scores));
    }

    /** The same review without who wrote it: what the applicant is shown. */
    Review anonymous() {
        return new Review(null, null, scores, weightedScore, comment, at);
    }
}
