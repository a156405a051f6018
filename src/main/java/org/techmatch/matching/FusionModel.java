package org.techmatch.matching;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A logistic model over the features: score = σ(bias + Σ contribution). Evidence features (text, meaning,
 * titles) contribute weight·(value − ½), so more shared content raises the score and less lowers it.
 * Suitability features (field, industry, maturity, mode, budget, region, freshness) only take away:
 * weight·(value − 1) when the records say, nothing when they do not. Sharing a technology field does not
 * make an achievement solve a problem, but a maturity or budget that falls short makes it a worse match;
 * so the score's calibration, learnt on text, holds for records rich and poor in structured facts alike. The weights are fitted on judged pairs (see the eval command), so the score reads as the
 * chance that a technology manager would call the pair a match: that is what makes one threshold meaningful
 * across queries.
 */
public record FusionModel(double bias, Map<String, Double> weights) {
    /** The suitability features: penalties when not met, never a bonus. */
    public static final Set<String> SUITABILITY = Set.of("techField", "industry", "maturity", "mode", "budget",
            "region", "freshness");

    public FusionModel {
        weights = weights == null ? Map.of() : Map.copyOf(weights);
    }

    double score(List<FeatureValue> features) {
        return sigmoid(logit(features));
    }

    /** The calibrated chance that the pair is a match (what the engine ranks by and 匹配度 shows). */
    public double probability(List<FeatureValue> features) {
        return score(features);
    }

    double logit(List<FeatureValue> features) {
        double z = bias;
        for (FeatureValue f : features) {
            z += contribution(f);
        }
        return z;
    }

    public double weightOf(String feature) {
        return weight(feature);
    }

    double weight(String feature) {
        return weights.getOrDefault(feature, 0.0);
    }

    public double contribution(FeatureValue f) {
        if (SUITABILITY.contains(f.feature())) {
            return f.known() ? weight(f.feature()) * (f.value() - 1) : 0;
        }
        return weight(f.feature()) * (f.value() - FeatureValue.UNKNOWN);
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}
