package org.techmatch.challenge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.techmatch.achievement.Achievement;
import org.techmatch.catalog.LibraryService;
import org.techmatch.catalog.MoneyRange;
import org.techmatch.catalog.Organisation;
import org.techmatch.catalog.RecordNotFoundException;
import org.techmatch.demand.Demand;
import org.techmatch.matching.Match;
import org.techmatch.matching.MatchEngine;
import org.techmatch.vocabulary.AchievementStatus;
import org.techmatch.vocabulary.DemandStatus;
import org.techmatch.vocabulary.OrgKind;
import org.techmatch.vocabulary.TransferMode;
import org.techmatch.vocabulary.Visibility;

/**
 * Pre-ranks a challenge's applications with the matching engine — the same scoring as demand → achievement —
 * so reviewers read the strongest first, each with the engine's explanation. The challenge is described as a
 * transient demand and each application as a transient achievement (approach as description, the linked
 * achievements' keywords, IP and region). Without an engine (or if it fails) the list is ordered by the
 * reviewers' mean score, then by submission, and says so.
 */
@Component
class ApplicationRanking {
    static final String BY_ENGINE = "匹配引擎预排序";
    static final String BY_REVIEWS = "评审均分排序（匹配引擎暂不能为方案预排序）";
    private static final Logger log = LoggerFactory.getLogger(ApplicationRanking.class);

    private final ObjectProvider<MatchEngine> engine;
    private final LibraryService<Achievement> achievements;
    private final LibraryService<Demand> demands;

    ApplicationRanking(ObjectProvider<MatchEngine> engine, LibraryService<Achievement> achievements,
                       LibraryService<Demand> demands) {
        this.engine = engine;
        this.achievements = achievements;
        this.demands = demands;
    }

    /** Reviewers' view of the applications: ranked, numbered from 1, each with its match when there is one. */
    public record Ranked(String challengeId, String rankedBy, Double threshold, List<RankedApplication> items) {
    }

    public record RankedApplication(int rank, Application application, Double averageScore, int reviewCount,
                                    Match match) {
    }

    Ranked rank(Challenge challenge, List<Application> applications) {
        MatchEngine matcher = engine.getIfAvailable();
        Map<String, Match> matches = Map.of();
        if (matcher != null && !applications.isEmpty()) {
            try {
                matches = matcher.rankProposals(asDemand(challenge),
                        applications.stream().map(a -> asAchievement(a, challenge)).toList()).stream()
                        .collect(Collectors.toMap(Match::id, Function.identity(), (a, b) -> a));
            } catch (UnsupportedOperationException e) {
                // the engine may not score proposals yet: a known gap, not an error worth a stack trace each time
                log.debug("The engine does not rank proposals yet: {}", e.getMessage());
                matcher = null;
            } catch (RuntimeException e) {
                log.warn("Pre-ranking the applications of {} failed; ordering by review scores", challenge.id(), e);
                matcher = null;
            }
        }
        Map<String, Match> byId = matches;
        Comparator<Application> order = matcher != null
                ? Comparator.comparingDouble((Application a) -> byId.containsKey(a.id()) ? -byId.get(a.id()).rankScore() : 1)
                : Comparator.comparing(Application::averageScore, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(Application::createdAt, Comparator.nullsLast(Comparator.naturalOrder()));
        List<Application> sorted = applications.stream().sorted(order.thenComparing(Application::id)).toList();
        List<RankedApplication> items = new ArrayList<>();
        for (Application a : sorted) {
            items.add(new RankedApplication(items.size() + 1, a, a.averageScore(), a.reviews().size(), byId.get(a.id())));
        }
        return new Ranked(challenge.id(), matcher != null ? BY_ENGINE : BY_REVIEWS,
                matcher != null ? matcher.threshold() : null, items);
    }

    /** The challenge as the problem side; what its demands say fills the gaps (maturity, modes, chokepoint). */
    Demand asDemand(Challenge c) {
        List<Demand> linked = c.demandIds().stream().map(this::demandOrNull).filter(Objects::nonNull).toList();
        Demand first = linked.isEmpty() ? null : linked.getFirst();
        return new Demand(c.id(), c.version(), DemandStatus.OPEN, c.title(), c.problem(), c.indicators(),
                new Organisation(c.office() == null ? "揭榜挂帅榜单" : c.office().name(), OrgKind.OTHER), null,
                c.industry(), c.techField(), first == null ? null : first.expectedMaturity(),
                c.budgetWan() == null ? new MoneyRange(true, null, null) : MoneyRange.between(c.budgetWan(), c.budgetWan()),
                linked.stream().flatMap(d -> d.cooperationModes().stream()).distinct().toList(),
                c.applicationDeadline(), c.office() == null ? null : c.office().district(), Visibility.PUBLIC,
                linked.stream().anyMatch(Demand::isChokepoint), c.createdAt(), c.updatedAt(), null);
    }

    /**
     * An application as a proposal: never stored, carries the application's id so matches map back; field and
     * industry come from its first linked achievement, else from the challenge it answers.
     */
    Achievement asAchievement(Application a, Challenge c) {
        List<Achievement> linked = a.achievementIds().stream().map(this::achievementOrNull).filter(Objects::nonNull)
                .toList();
        Achievement first = linked.isEmpty() ? null : linked.getFirst();
        LinkedHashSet<String> keywords = new LinkedHashSet<>();
        linked.forEach(x -> keywords.addAll(x.keywords()));
        String description = a.approach() + linked.stream().map(x -> "\n关联成果：" + x.title())
                .collect(Collectors.joining());
        List<TransferMode> modes = linked.isEmpty() ? List.of(TransferMode.COMMISSIONED_DEVELOPMENT)
                : linked.stream().flatMap(x -> x.transferModes().stream()).distinct().toList();
        return new Achievement(a.id(), a.version(), AchievementStatus.PUBLISHED, a.title(), description,
                a.applicant(), a.team(), null, first == null ? c.techField() : first.techField(),
                first == null ? c.industry() : first.industry(), List.copyOf(keywords).subList(0, Math.min(20, keywords.size())),
                a.maturity() != null ? a.maturity() : first == null ? null : first.maturity(),
                linked.stream().flatMap(x -> x.ip().stream()).toList(), modes,
                a.priceWan() == null ? new MoneyRange(true, null, null) : MoneyRange.between(a.priceWan(), a.priceWan()),
                null, first == null ? null : first.region(), a.createdAt(), a.updatedAt(), null);
    }

    private Demand demandOrNull(String id) {
        try {
            return demands.get(id);
        } catch (RecordNotFoundException e) {
            return null;
        }
    }

    private Achievement achievementOrNull(String id) {
        try {
            return achievements.get(id);
        } catch (RecordNotFoundException e) {
            return null;
        }
    }
}
