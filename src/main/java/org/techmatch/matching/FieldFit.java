package org.techmatch.matching;

import java.time.Instant;

/** Same technology field (技术领域) on both sides. */
final class FieldFit implements Feature {
    static final String NAME = "techField";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public FeatureValue assess(MatchProfile demand, MatchProfile supply, TextEvidence evidence, Instant now) {
        if (demand.techField() == null || supply.techField() == null) {
            return FeatureValue.unknown(NAME);
        }
        if (demand.techField() == supply.techField()) {
            return new FeatureValue(NAME, 1, "技术领域一致：" + demand.techField().label());
        }
        return new FeatureValue(NAME, 0, "技术领域不同：需求属" + demand.techField().label() + "，供给方属"
                + supply.techField().label());
    }
}
