package org.techmatch.matching;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Recently updated supply is more likely still available; a listing untouched for years less so. */
final class FreshnessFit implements Feature {
    static final String NAME = "freshness";
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM").withZone(ZoneId.of("Asia/Shanghai"));

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public FeatureValue assess(MatchProfile demand, MatchProfile supply, TextEvidence evidence, Instant now) {
        if (supply.updatedAt() == null) {
            return FeatureValue.unknown(NAME);
        }
        double years = Math.max(0, Duration.between(supply.updatedAt(), now).toDays() / 365.0);
        double value = years <= 1 ? 1 : Math.max(0.2, 1 - (years - 1) * 0.3);
        String when = MONTH.format(supply.updatedAt());
        return new FeatureValue(NAME, value, years <= 1 ? "信息较新（" + when + " 更新）"
                : "信息较旧（" + when + " 更新，约 " + Math.round(years) + " 年前）");
    }
}
