package org.techmatch.matching;

/**
 * One feature of a pair: its value in [0, 1] (0.5 when the records do not say) and the sentence that
 * explains it, or null when there is nothing worth telling a user.
 */
public record FeatureValue(String feature, double value, String text) {
    static final double UNKNOWN = 0.5;

    static FeatureValue unknown(String feature) {
        return new FeatureValue(feature, UNKNOWN, null);
    }
}
