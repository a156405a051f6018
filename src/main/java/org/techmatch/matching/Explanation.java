package org.techmatch.matching;

import java.util.List;

/**
 * Why a candidate matched: the key terms both sides share, each side's text with those terms marked
 * (HTML-escaped, terms in {@code <em>}), and each feature's contribution in plain Chinese.
 */
public record Explanation(List<String> sharedTerms, String queryHighlight, String candidateHighlight,
                          List<Contribution> contributions, String summary) {

    /** One feature: its value in [0, 1], its weight in the fused score, and a sentence a manager can repeat. */
    public record Contribution(String feature, double value, double weight, String text) {
    }
}
