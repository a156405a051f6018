package org.techmatch.challenge;

import java.util.Map;
import org.techmatch.catalog.Texts;

/** A reviewer's scores (criterion name → 0–100) for one application, with a comment. */
public record ReviewRequest(String reviewer, Map<String, Double> scores, String comment) {
    public ReviewRequest {
        reviewer = Texts.clean(reviewer);
        comment = Texts.clean(comment);
        scores = scores == null ? Map.of() : scores;
    }
}
