package org.techmatch.matching;

import java.time.Instant;

/** How much of the query's key terms the candidate shares (word coverage). */
final class TextFit implements Feature {
    static final String NAME = "text";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public FeatureValue assess(MatchProfile demand, MatchProfile supply, TextEvidence evidence, Instant now) {
        double value = evidence.wordCoverage();
        String text = evidence.sharedTerms().isEmpty() ? "没有共同的关键术语"
                : "共同关键术语：" + String.join("、", evidence.sharedTerms()) + "（覆盖要点 "
                + Math.round(value * 100) + "%）";
        return new FeatureValue(NAME, value, text);
    }
}
