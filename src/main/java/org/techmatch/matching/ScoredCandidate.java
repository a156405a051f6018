package org.techmatch.matching;

import java.util.List;

/** A candidate after scoring: its profile, the text evidence, every feature and the fused score. */
record ScoredCandidate(MatchProfile candidate, TextEvidence evidence, List<FeatureValue> features,
                       FusionModel model, double score) {
}
