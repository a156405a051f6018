package org.techmatch.matching;

import java.time.Instant;

/** BM25 relative to the best lexical candidate of the same query: a within-query ordering signal. */
final class RankFit implements Feature {
    static final String NAME = "bm25";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public FeatureValue assess(MatchProfile demand, MatchProfile supply, TextEvidence evidence, Instant now) {
        return new FeatureValue(NAME, evidence.bm25Ratio(), null);
    }
}
