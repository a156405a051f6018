package org.techmatch.matching;

import java.time.Instant;

/** Cosine of the two bge-small-zh vectors: similar meaning even without shared words. */
final class SemanticFit implements Feature {
    static final String NAME = "semantic";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public FeatureValue assess(MatchProfile demand, MatchProfile supply, TextEvidence evidence, Instant now) {
        if (evidence.cosine() == null) {
            return FeatureValue.unknown(NAME);
        }
        double cosine = Math.max(0, evidence.cosine());
        String level = cosine >= 0.75 ? "高" : cosine >= 0.6 ? "中" : "低";
        return new FeatureValue(NAME, cosine, "语义相似度 " + String.format("%.2f", cosine) + "（" + level + "）");
    }
}
