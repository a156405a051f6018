package org.techmatch.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fits the fusion's weights: logistic regression on (feature values − ½) against judged labels, by batch
 * gradient descent with a small L2 penalty so that a feature the data barely sees keeps a small weight
 * instead of an extreme one. Deterministic: same input, same weights.
 */
final class LogisticFitter {
    /** offset: a fixed part of the logit (the pinned features' contribution). */
    record Example(double[] x, double offset, boolean relevant) {
    }

    private final List<String> features;
    private final List<Example> examples = new ArrayList<>();

    LogisticFitter(List<String> features) {
        this.features = List.copyOf(features);
    }

    void add(double[] values, double offset, boolean relevant) {
        examples.add(new Example(values.clone(), offset, relevant));
    }

    int size() {
        return examples.size();
    }

    /** Returns the bias (key "bias") and one weight per feature. */
    Map<String, Double> fit(int iterations, double learningRate, double l2) {
        int n = features.size();
        double[] w = new double[n];
        double b = 0;
        long positives = examples.stream().filter(Example::relevant).count();
        // Positives are rare (a few per query); weighting them up keeps the fit from predicting "never".
        double positiveWeight = positives == 0 ? 1 : (examples.size() - positives) / (double) positives;
        positiveWeight = Math.min(positiveWeight, 20);
        for (int it = 0; it < iterations; it++) {
            double[] gw = new double[n];
            double gb = 0;
            double total = 0;
            for (Example e : examples) {
                double z = b + e.offset();
                for (int i = 0; i < n; i++) {
                    z += w[i] * (e.x()[i] - 0.5);
                }
                double p = 1 / (1 + Math.exp(-z));
                double weight = e.relevant() ? positiveWeight : 1;
                double err = (p - (e.relevant() ? 1 : 0)) * weight;
                for (int i = 0; i < n; i++) {
                    gw[i] += err * (e.x()[i] - 0.5);
                }
                gb += err;
                total += weight;
            }
            for (int i = 0; i < n; i++) {
                w[i] -= learningRate * (gw[i] / total + l2 * w[i]);
            }
            b -= learningRate * gb / total;
        }
        Map<String, Double> fitted = new LinkedHashMap<>();
        fitted.put("bias", round(b));
        for (int i = 0; i < n; i++) {
            fitted.put(features.get(i), round(w[i]));
        }
        return fitted;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
