package org.techmatch.matching;

import java.util.List;

/** One line of a full ranking (evaluation, benchmark): the candidate's id, its score and feature values. */
public record RankedCandidate(String id, double score, List<FeatureValue> features) {
}
