package org.techmatch.matching;

import java.time.Instant;
import org.techmatch.vocabulary.Industry;

/** Same national-economy industry (GB/T 4754): the same division, or at least the same section. */
final class IndustryFit implements Feature {
    static final String NAME = "industry";
    static final double SAME_SECTION = 0.6;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public FeatureValue assess(MatchProfile demand, MatchProfile supply, TextEvidence evidence, Instant now) {
        Industry wanted = demand.industry();
        Industry offered = supply.industry();
        if (wanted == null || offered == null) {
            return FeatureValue.unknown(NAME);
        }
        if (!wanted.isSectionOnly() && !offered.isSectionOnly() && wanted.code().equals(offered.code())) {
            return new FeatureValue(NAME, 1, "行业一致：" + wanted.displayName());
        }
        if (wanted.sectionCode().equals(offered.sectionCode())) {
            return new FeatureValue(NAME, SAME_SECTION, "同属" + wanted.sectionName());
        }
        return new FeatureValue(NAME, 0, "行业不同：需求属" + wanted.sectionName() + "，供给方属" + offered.sectionName());
    }
}
