package org.techmatch.matching;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.techmatch.search.SnippetHighlighter;

/**
 * Turns a scored candidate into words a technology manager can repeat to a client: the shared key terms
 * marked in both texts, each feature's sentence ordered by how much it moved the score, and a summary.
 */
final class Explainer {
    static final int QUERY_SNIPPET_CHARS = 160;
    static final int CANDIDATE_SNIPPET_CHARS = 220;

    private final SnippetHighlighter highlighter;

    Explainer(SnippetHighlighter highlighter) {
        this.highlighter = highlighter;
    }

    Explanation explain(MatchProfile query, ScoredCandidate scored) {
        Set<String> terms = new LinkedHashSet<>(scored.evidence().sharedTerms());
        List<Explanation.Contribution> contributions = scored.features().stream()
                .filter(f -> f.text() != null)
                .sorted(Comparator.comparingDouble((FeatureValue f) -> -Math.abs(scored.model().contribution(f)))
                        .thenComparing(FeatureValue::feature))
                .map(f -> new Explanation.Contribution(f.feature(), round(f.value()),
                        round(scored.model().weight(f.feature())), f.text()))
                .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
        if (scored.lead() != null) {
            contributions.addFirst(scored.lead());
        }
        return new Explanation(List.copyOf(terms),
                highlighter.snippet(query.fullText(), terms, QUERY_SNIPPET_CHARS),
                highlighter.snippet(scored.candidate().fullText(), terms, CANDIDATE_SNIPPET_CHARS),
                List.copyOf(contributions), summary(scored, contributions));
    }

    private static String summary(ScoredCandidate scored, List<Explanation.Contribution> contributions) {
        String reasons = String.join("；", contributions.stream().limit(2).map(Explanation.Contribution::text)
                .toList());
        return "匹配度 " + Math.round(scored.score() * 100) + "%" + (reasons.isEmpty() ? "" : "：" + reasons);
    }

    static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
