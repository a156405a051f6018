package org.techmatch.matching;

import java.util.List;

/**
 * A candidate after scoring: its profile, the text evidence, every feature and the fused score; lead is a
 * sentence that outweighs the features (a team's best-matching achievement), or null.
 */
record ScoredCandidate(MatchProfile candidate, TextEvidence evidence, List<FeatureValue> features,
                       FusionModel model, double score, Explanation.Contribution lead) {

    /** Best score first; ties by id (transient proposals have none), so a ranking is reproducible. */
    static final java.util.Comparator<ScoredCandidate> BEST_FIRST = java.util.Comparator
            .comparingDouble(ScoredCandidate::score).reversed()
            .thenComparing(c -> String.valueOf(c.candidate().id()));

    ScoredCandidate withLead(double newScore, Explanation.Contribution newLead) {
        return new ScoredCandidate(candidate, evidence, features, model, newScore, newLead);
    }
}
