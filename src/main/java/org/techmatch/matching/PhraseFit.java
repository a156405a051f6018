package org.techmatch.matching;

import java.time.Instant;

/**
 * Character-bigram coverage: catches shared wording that word segmentation split differently. It backs
 * up {@link TextFit} in the score and is not worth a separate sentence in the explanation.
 */
final class PhraseFit implements Feature {
    static final String NAME = "phrase";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public FeatureValue assess(MatchProfile demand, MatchProfile supply, TextEvidence evidence, Instant now) {
        return new FeatureValue(NAME, evidence.bigramCoverage(), null);
    }
}
