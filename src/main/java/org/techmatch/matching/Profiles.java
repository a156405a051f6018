package org.techmatch.matching;

import java.util.List;
import org.techmatch.achievement.Achievement;
import org.techmatch.achievement.AchievementKind;
import org.techmatch.catalog.CatalogRules;
import org.techmatch.catalog.Indicator;
import org.techmatch.catalog.LibraryService;
import org.techmatch.demand.Demand;
import org.techmatch.demand.DemandKind;
import org.techmatch.store.StoredRecord;

/** Turns records of any library into the one shape matching compares. */
public final class Profiles {
    private final LibraryService<Achievement> achievements;
    private final LibraryService<Demand> demands;

    public Profiles(LibraryService<Achievement> achievements, LibraryService<Demand> demands) {
        this.achievements = achievements;
        this.demands = demands;
    }

    public MatchProfile of(StoredRecord stored, float[] vector) {
        return switch (stored.type()) {
            case AchievementKind.TYPE -> of(achievements.decode(stored), vector);
            case DemandKind.TYPE -> of(demands.decode(stored), vector);
            default -> throw new IllegalArgumentException("records of type " + stored.type() + " are not matched");
        };
    }

    public static MatchProfile of(Achievement a, float[] vector) {
        String text = String.join("\n", CatalogRules.nonNull(a.description(), String.join("、", a.keywords()),
                a.applicationScope()));
        return new MatchProfile(a.id(), AchievementKind.TYPE, a.version(), a.title(), text, a.techField(),
                a.industry(), a.maturity(), a.transferModes(), a.askingPrice(), a.region(), a.updatedAt(), vector);
    }

    public static MatchProfile of(Demand d, float[] vector) {
        List<String> indicators = d.indicators().stream().map(Indicator::toString).toList();
        String text = String.join("\n", CatalogRules.nonNull(d.description(),
                indicators.isEmpty() ? null : "技术指标：" + String.join("；", indicators)));
        return new MatchProfile(d.id(), DemandKind.TYPE, d.version(), d.title(), text, d.techField(), d.industry(),
                d.expectedMaturity(), d.cooperationModes(), d.budget(), d.region(), d.updatedAt(), vector);
    }
}
