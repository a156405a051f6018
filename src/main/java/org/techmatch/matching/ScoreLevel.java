package org.techmatch.matching;

/**
 * The 匹配度 as a page words it: 高, 中 or 低, with the probability beside. Ten bands of 0.1 are too fine for what
 * the judged pairs can vouch for: on the dev judgements only some 30 of the 750 judged top-10 pairs score over 0.5,
 * so a band such as 0.7–0.8 holds six pairs and its share judged relevant swings by a third with one of them
 * (issue 14). Three bands hold enough pairs each for their share to fall inside their range (README, Matching
 * quality, the eval command's "bands 高/中/低" table).
 */
public enum ScoreLevel {
    /** A calibrated chance of at least {@link #HIGH_FROM}, and no warning. */
    HIGH("高"),
    /** A good match (at least the threshold) under {@link #HIGH_FROM}, or a higher one shown with a warning. */
    MEDIUM("中"),
    /** Under the threshold: a weaker candidate, never called 合适匹配. */
    LOW("低");

    /** Where 高 starts: more likely a match than not. */
    public static final double HIGH_FROM = 0.5;

    private final String label;

    ScoreLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * @param score the engine's calibrated score
     * @param good  whether the score reaches the 合适匹配 threshold
     */
    public static ScoreLevel of(double score, boolean good) {
        return !good ? LOW : score >= HIGH_FROM ? HIGH : MEDIUM;
    }
}
