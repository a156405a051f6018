package org.techmatch.guidance;

import java.util.List;

/**
 * What would make a demand being typed match better: tips per field, and the technical terms the library's
 * matching achievements use for what it describes.
 *
 * @param basedOn how many matching achievements the terms and suggestions come from
 */
public record Guidance(List<Tip> tips, List<Term> terms, int basedOn) {

    /** One thing missing or weak in the draft, the field it belongs to, and a suggested value when there is one. */
    public record Tip(String field, String message, String suggestion) {
    }

    /** A term of the matching achievements not in the draft, and the achievements that use it. */
    public record Term(String term, List<String> achievementIds, double weight) {
    }
}
