package org.techmatch.matching;

import java.util.List;

/**
 * Why a candidate matched: the key terms both sides share, each side's text with those terms marked
 * (HTML-escaped, terms in {@code <em>}), each feature's contribution in plain Chinese, the summary sentence, and
 * the warnings (技术领域不同, 成熟度低于要求, 预算不足) that hold the displayed score down.
 */
public record Explanation(List<String> sharedTerms, String queryHighlight, String candidateHighlight,
                          List<Contribution> contributions, String summary, List<String> warnings) {

    public Explanation {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    public Explanation(List<String> sharedTerms, String queryHighlight, String candidateHighlight,
                       List<Contribution> contributions, String summary) {
        this(sharedTerms, queryHighlight, candidateHighlight, contributions, summary, List.of());
    }

    /**
     * One feature: its machine name (feature, for the API and the model), its Chinese name (label, what a page
     * shows), its value in [0, 1], its weight in the fused score, and a sentence a manager can repeat.
     */
    public record Contribution(String feature, String label, double value, double weight, String text) {
    }
}
