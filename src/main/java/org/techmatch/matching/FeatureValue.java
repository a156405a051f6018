package org.techmatch.matching;

/**
 * One feature of a pair: its value in [0, 1] (0.5 and known = false when the records do not say) and the
 * sentence that explains it, or null when there is nothing worth telling a user.
 */
public record FeatureValue(String feature, double value, String text, boolean known) {
    public static final double UNKNOWN = 0.5;

    public FeatureValue(String feature, double value, String text) {
        this(feature, value, text, true);
    }

    static FeatureValue unknown(String feature) {
        return new FeatureValue(feature, UNKNOWN, null, false);
    }
}
