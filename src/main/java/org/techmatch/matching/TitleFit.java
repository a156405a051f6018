package org.techmatch.matching;

import java.time.Instant;

/**
 * Titles are the densest statement of what a record is about: how much of one side's title the other side's
 * text covers (character bigrams weighted by idf). An achievement's title found almost whole in a demand's
 * problem statement is strong evidence even when the rest of the wording differs.
 */
final class TitleFit {
    private TitleFit() {
    }

    /** The query's title found in the candidate. */
    static final class OfQuery implements Feature {
        static final String NAME = "queryTitle";

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public FeatureValue assess(MatchProfile demand, MatchProfile supply, TextEvidence evidence, Instant now) {
            return new FeatureValue(NAME, evidence.queryTitleCoverage(), null);
        }
    }

    /** The candidate's title found in the query. */
    static final class OfCandidate implements Feature {
        static final String NAME = "candidateTitle";

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public FeatureValue assess(MatchProfile demand, MatchProfile supply, TextEvidence evidence, Instant now) {
            double value = evidence.candidateTitleCoverage();
            return new FeatureValue(NAME, value, value >= 0.5
                    ? "对方名称的要点在本方描述中出现了 " + Math.round(value * 100) + "%" : null);
        }
    }
}
