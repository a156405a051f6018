package org.techmatch.matching;

import java.util.List;
import org.techmatch.achievement.Achievement;
import org.techmatch.achievement.AchievementKind;
import org.techmatch.catalog.CatalogRules;
import org.techmatch.catalog.Indicator;
import org.techmatch.catalog.LibraryService;
import org.techmatch.demand.Demand;
import org.techmatch.demand.DemandKind;
import org.techmatch.expert.Expert;
import org.techmatch.expert.ExpertKind;
import org.techmatch.store.StoredRecord;
import org.techmatch.vocabulary.Maturity;
import org.techmatch.vocabulary.TransferMode;

/** Turns records of any library into the one shape matching compares. */
public final class Profiles {
    /** A team's evidence reads its linked achievements too, but only the start of each. */
    static final int LINKED_ACHIEVEMENT_CHARS = 300;
    static final int MAX_LINKED = 5;

    private final LibraryService<Achievement> achievements;
    private final LibraryService<Demand> demands;
    private final LibraryService<Expert> experts;

    public Profiles(LibraryService<Achievement> achievements, LibraryService<Demand> demands,
                    LibraryService<Expert> experts) {
        this.achievements = achievements;
        this.demands = demands;
        this.experts = experts;
    }

    public MatchProfile of(StoredRecord stored, float[] vector) {
        return switch (stored.type()) {
            case AchievementKind.TYPE -> of(achievements.decode(stored), vector);
            case DemandKind.TYPE -> of(demands.decode(stored), vector);
            case ExpertKind.TYPE -> of(experts.decode(stored), vector);
            default -> throw new IllegalArgumentException("records of type " + stored.type() + " are not matched");
        };
    }

    public static MatchProfile of(Achievement a, float[] vector) {
        String text = String.join("\n", CatalogRules.nonNull(a.description(), String.join("、", a.keywords()),
                a.applicationScope()));
        return new MatchProfile(a.id(), AchievementKind.TYPE, a.version(), a.title(), text, a.techField(),
                a.industry(), a.maturity(), a.transferModes(), a.askingPrice(), a.region(), a.updatedAt(), vector);
    }

    /**
     * A team's evidence for a demand combines its profile and research areas with its achievements: their
     * titles and openings join its text, and it is as mature as its most mature achievement.
     */
    MatchProfile of(Expert e, float[] vector) {
        List<Achievement> linked = e.achievementIds().stream().limit(MAX_LINKED)
                .flatMap(id -> achievements.lookup(id).stream())
                // evidence anyone may be shown: an unpublished achievement's text must not be quoted to a visitor
                .filter(a -> achievements.kind().listedByDefault(a)).toList();
        StringBuilder text = new StringBuilder(String.join("\n", CatalogRules.nonNull(
                e.researchAreas().isEmpty() ? null : "研究方向：" + String.join("、", e.researchAreas()), e.profile())));
        for (Achievement a : linked) {
            String description = a.description() == null ? "" : a.description();
            text.append("\n代表成果：").append(a.title()).append("。")
                    .append(description, 0, Math.min(description.length(), LINKED_ACHIEVEMENT_CHARS));
        }
        Maturity maturity = linked.stream().map(Achievement::maturity).filter(java.util.Objects::nonNull)
                .max(java.util.Comparator.comparingInt(Maturity::trl)).orElse(null);
        List<TransferMode> modes = linked.stream().flatMap(a -> a.transferModes().stream()).distinct().toList();
        return new MatchProfile(e.id(), ExpertKind.TYPE, e.version(), e.name(), text.toString(),
                e.techFields().isEmpty() ? null : e.techFields().getFirst(), null, maturity, modes, null, e.region(),
                e.updatedAt(), vector);
    }

    public static MatchProfile of(Demand d, float[] vector) {
        List<String> indicators = d.indicators().stream().map(Indicator::toString).toList();
        String text = String.join("\n", CatalogRules.nonNull(d.description(),
                indicators.isEmpty() ? null : "技术指标：" + String.join("；", indicators)));
        return new MatchProfile(d.id(), DemandKind.TYPE, d.version(), d.title(), text, d.techField(), d.industry(),
                d.expectedMaturity(), d.cooperationModes(), d.budget(), d.region(), d.updatedAt(), vector);
    }
}
