package org.techmatch.matching;

import java.time.Instant;
import org.techmatch.vocabulary.Region;

/** Distance in the administrative sense: the same district, Tianjin, 京津冀, or elsewhere. */
final class RegionFit implements Feature {
    static final String NAME = "region";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public FeatureValue assess(MatchProfile demand, MatchProfile supply, TextEvidence evidence, Instant now) {
        Region wanted = demand.region();
        Region offered = supply.region();
        if (wanted == null || offered == null) {
            return FeatureValue.unknown(NAME);
        }
        if (wanted.name().equals(offered.name())) {
            return new FeatureValue(NAME, 1, "同在" + wanted.name());
        }
        if (wanted.isTianjin() && offered.isTianjin()) {
            return new FeatureValue(NAME, 0.8, "同在天津：" + offered.name());
        }
        if (wanted.isJingJinJi() && offered.isJingJinJi()) {
            return new FeatureValue(NAME, 0.6, "京津冀协同：" + offered.name());
        }
        return new FeatureValue(NAME, 0.3, "异地：" + offered.name());
    }
}
