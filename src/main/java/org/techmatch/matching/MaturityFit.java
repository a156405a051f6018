package org.techmatch.matching;

import java.time.Instant;
import org.techmatch.vocabulary.Maturity;

/** The supply side's maturity (as a TRL) against the maturity the demand expects. */
final class MaturityFit implements Feature {
    static final String NAME = "maturity";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public FeatureValue assess(MatchProfile demand, MatchProfile supply, TextEvidence evidence, Instant now) {
        Maturity wanted = demand.maturity();
        Maturity reached = supply.maturity();
        if (reached == null) {
            return FeatureValue.unknown(NAME);
        }
        if (wanted == null) {
            return new FeatureValue(NAME, FeatureValue.UNKNOWN, "成熟度：" + reached.label() + "（需求未提要求）", false);
        }
        int gap = wanted.trl() - reached.trl();
        if (gap <= 0) {
            return new FeatureValue(NAME, 1, "成熟度：" + reached.label() + "，满足需求的" + wanted.label() + "要求");
        }
        double value = gap <= 2 ? 0.4 : 0;
        return new FeatureValue(NAME, value, "成熟度：" + reached.label() + "，低于需求的" + wanted.label() + "要求");
    }
}
