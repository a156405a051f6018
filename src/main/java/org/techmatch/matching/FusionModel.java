package org.techmatch.matching;

import java.util.List;
import java.util.Map;

/**
 * A logistic model over the features: score = σ(bias + Σ weight·(value − ½)). Centring at ½ means a
 * feature the records say nothing about (value ½) moves nothing, and each term is that feature's
 * contribution. The weights are fitted on judged pairs (see the eval command), so the score reads as the
 * chance that a technology manager would call the pair a match: that is what makes one threshold meaningful
 * across queries.
 */
public record FusionModel(double bias, Map<String, Double> weights) {
    public FusionModel {
        weights = weights == null ? Map.of() : Map.copyOf(weights);
    }

    double score(List<FeatureValue> features) {
        return sigmoid(logit(features));
    }

    double logit(List<FeatureValue> features) {
        double z = bias;
        for (FeatureValue f : features) {
            z += contribution(f);
        }
        return z;
    }

    double weight(String feature) {
        return weights.getOrDefault(feature, 0.0);
    }

    double contribution(FeatureValue f) {
        return weight(f.feature()) * (f.value() - FeatureValue.UNKNOWN);
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}
