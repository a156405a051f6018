package org.techmatch.stats;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.techmatch.achievement.Achievement;
import org.techmatch.catalog.ForbiddenException;
import org.techmatch.catalog.Role;
import org.techmatch.catalog.TianjinTime;
import org.techmatch.catalog.Viewer;
import org.techmatch.challenge.Challenge;
import org.techmatch.challenge.ChallengeMilestone;
import org.techmatch.challenge.ChallengeStatus;
import org.techmatch.challenge.MilestoneStatus;
import org.techmatch.demand.Demand;
import org.techmatch.docking.Docking;
import org.techmatch.docking.DockingStage;
import org.techmatch.stats.Figures.Breakdown;
import org.techmatch.stats.Figures.ChallengeProgress;
import org.techmatch.stats.Figures.Contracts;
import org.techmatch.interest.InterestService;
import org.techmatch.stats.Figures.Funnel;
import org.techmatch.stats.Figures.KindTotal;
import org.techmatch.stats.Figures.Library;
import org.techmatch.stats.Figures.Overview;
import org.techmatch.stats.Figures.Row;
import org.techmatch.vocabulary.AchievementStatus;
import org.techmatch.vocabulary.DemandStatus;
import org.techmatch.vocabulary.IndustryChain;
import org.techmatch.vocabulary.Region;
import org.techmatch.vocabulary.TechField;

/**
 * The district statistics, computed from the store on each request. Achievements and demands count in the
 * month they were created, a docking in the month of its introduction, a contract in the month it was signed
 * (Tianjin calendar).
 */
@Service
class StatsService {
    static final Set<Role> READERS = Set.of(Role.OFFICIAL, Role.MANAGER);
    static final String NOT_GIVEN = "未填写";
    private static final Set<ChallengeStatus> RUNNING = Set.of(ChallengeStatus.AWARDED, ChallengeStatus.EXECUTING);

    private final DistrictData data;
    private final DemandCoverage coverage;
    private final InterestService interests;
    private final Clock clock;

    StatsService(DistrictData data, DemandCoverage coverage, InterestService interests, Clock clock) {
        this.interests = interests;
        this.data = data;
        this.coverage = coverage;
        this.clock = clock;
    }

    DistrictData.Snapshot snapshot(Viewer viewer, Region district) {
        ForbiddenException.unlessRole(viewer, "查看统计", READERS);
        return data.read(district);
    }

    Overview overview(DistrictData.Snapshot s) {
        long chokepoints = s.demands().stream().filter(Demand::isChokepoint).count();
        Map<String, Long> byStage = new LinkedHashMap<>();
        Arrays.stream(DockingStage.values()).forEach(stage -> byStage.put(stage.label(),
                s.dockings().stream().filter(d -> d.stage() == stage).count()));
        return new Overview(s.district() == null ? "全部" : s.district().name(), TianjinTime.today(clock),
                new Library(s.achievements().size(),
                        s.achievements().stream().filter(a -> a.status() == AchievementStatus.PUBLISHED).count(), null),
                new Library(s.demands().size(), s.demands().stream().filter(StatsService::isOpen).count(), chokepoints),
                s.shown().stream().mapToLong(ShownTally::count).sum(), s.dockings().size(), byStage, contracts(s.dockings()), funnel(s), challenges(s.challenges()));
    }

    static Contracts contracts(List<Docking> dockings) {
        List<Docking> signed = dockings.stream().filter(Docking::hasContract).toList();
        Map<String, KindTotal> byKind = new LinkedHashMap<>();
        signed.stream().collect(Collectors.groupingBy(d -> d.contract().kind().label(), TreeMap::new,
                Collectors.toList())).forEach((kind, list) -> byKind.put(kind, new KindTotal(list.size(), value(list))));
        return new Contracts(signed.size(), value(signed), byKind);
    }

    Funnel funnel(DistrictData.Snapshot s) {
        // a demand waiting for (or returned by) editorial review is not posed yet, as a draft is not
        List<Demand> posed = s.demands().stream().filter(d -> d.status() != DemandStatus.DRAFT
                && d.status() != DemandStatus.PENDING_REVIEW && d.status() != DemandStatus.RETURNED).toList();
        Set<String> docked = s.dockings().stream().map(Docking::demandId).collect(Collectors.toSet());
        Set<String> contracted = s.dockings().stream().filter(Docking::hasContract).map(Docking::demandId)
                .collect(Collectors.toSet());
        long dockedCount = posed.stream().filter(d -> docked.contains(d.id())).count();
        Set<String> interested = new HashSet<>(docked);
        interested.addAll(interests.demandsWithInterest());
        long interestedCount = posed.stream().filter(d -> interested.contains(d.id())).count();
        long contractCount = posed.stream().filter(d -> contracted.contains(d.id())).count();
        if (!coverage.available()) {
            return new Funnel(posed.size(), null, interestedCount, dockedCount, contractCount,
                    "匹配引擎未就绪，未统计“已匹配”");
        }
        Set<String> matched = new HashSet<>(interested);
        posed.stream().filter(d -> coverage.of(d).map(DemandCoverage.Coverage::good).orElse(false))
                .forEach(d -> matched.add(d.id()));
        long matchedCount = posed.stream().filter(d -> matched.contains(d.id())).count();
        return new Funnel(posed.size(), matchedCount, interestedCount, dockedCount, contractCount,
                "已匹配 = 引擎给出合适匹配（得分不低于阈值）、收到或发出合作意向、或已登记对接的需求；意向 = 有合作意向（未撤回）或已登记对接的需求");
    }

    ChallengeProgress challenges(List<Challenge> challenges) {
        LocalDate today = TianjinTime.today(clock);
        Map<String, Long> byStatus = new LinkedHashMap<>();
        Arrays.stream(ChallengeStatus.values()).forEach(status -> byStatus.put(status.label(),
                challenges.stream().filter(c -> c.status() == status).count()));
        List<Challenge> published = challenges.stream().filter(c -> c.status() != ChallengeStatus.DRAFT).toList();
        List<Challenge> awarded = challenges.stream().filter(c -> c.awardedApplicationId() != null).toList();
        List<ChallengeMilestone> milestones = awarded.stream().flatMap(c -> c.milestones().stream()).toList();
        long passed = milestones.stream().filter(m -> m.status() == MilestoneStatus.PASSED).count();
        long late = milestones.stream().filter(m -> m.status() == MilestoneStatus.PASSED && m.isLate(today)).count();
        long overdue = awarded.stream().filter(c -> RUNNING.contains(c.status()))
                .flatMap(c -> c.milestones().stream()).filter(m -> m.isOverdue(today)).count();
        double support = published.stream().mapToDouble(c -> c.support() == null || c.support().amountWan() == null
                ? 0 : c.support().amountWan()).sum();
        double released = challenges.stream().mapToDouble(Challenge::releasedWan).sum();
        return new ChallengeProgress(challenges.size(), byStatus, published.size(), awarded.size(), milestones.size(),
                passed, passed - late, late, overdue, round(support), round(released));
    }

    Breakdown breakdown(DistrictData.Snapshot s, Dimension dimension) {
        Function<Achievement, String> achievementKey;
        Function<Demand, String> demandKey;
        Function<Docking, String> dockingKey;
        Function<Docking, String> contractKey;
        Function<ShownTally, String> shownKey;
        Comparator<String> order;
        switch (dimension) {
            case DISTRICT -> {
                achievementKey = a -> name(a.region());
                demandKey = d -> name(d.region());
                dockingKey = d -> name(d.region());
                contractKey = dockingKey;
                shownKey = ShownTally::district;
                order = Comparator.comparingInt(StatsService::districtRank).thenComparing(Comparator.naturalOrder());
            }
            case TECH_FIELD -> {
                achievementKey = a -> a.techField() == null ? NOT_GIVEN : a.techField().label();
                demandKey = d -> d.techField() == null ? NOT_GIVEN : d.techField().label();
                dockingKey = d -> d.techField() == null ? NOT_GIVEN : d.techField().label();
                contractKey = dockingKey;
                shownKey = ShownTally::techField;
                order = Comparator.<String>comparingInt(key -> rank(key, Arrays.stream(TechField.values())
                        .map(TechField::label).toList())).thenComparing(Comparator.naturalOrder());
            }
            case CHAIN -> {
                achievementKey = a -> Chains.of(a).label();
                demandKey = d -> Chains.of(d).label();
                dockingKey = d -> d.chain() == null ? IndustryChain.OTHER.label() : d.chain().label();
                contractKey = dockingKey;
                shownKey = ShownTally::chain;
                order = Comparator.<String>comparingInt(key -> rank(key, Arrays.stream(IndustryChain.values())
                        .map(IndustryChain::label).toList())).thenComparing(Comparator.naturalOrder());
            }
            case MONTH -> {
                achievementKey = a -> month(TianjinTime.month(a.createdAt()));
                demandKey = d -> month(TianjinTime.month(d.createdAt()));
                dockingKey = d -> month(d.firstStepDate() == null ? null : YearMonth.from(d.firstStepDate()));
                contractKey = d -> month(d.contract().signedOn() == null ? null : YearMonth.from(d.contract().signedOn()));
                shownKey = ShownTally::month;
                order = Comparator.naturalOrder();
            }
            default -> throw new IllegalStateException(dimension.name());
        }
        Map<String, long[]> counts = new TreeMap<>(order);
        Map<String, Double> values = new TreeMap<>(order);
        s.achievements().forEach(a -> counts.computeIfAbsent(achievementKey.apply(a), k -> new long[5])[0]++);
        s.demands().forEach(d -> counts.computeIfAbsent(demandKey.apply(d), k -> new long[5])[1]++);
        s.shown().forEach(t -> counts.computeIfAbsent(shownKey.apply(t), k -> new long[5])[2] += t.count());
        s.dockings().forEach(d -> counts.computeIfAbsent(dockingKey.apply(d), k -> new long[5])[3]++);
        s.dockings().stream().filter(Docking::hasContract).forEach(d -> {
            String key = contractKey.apply(d);
            counts.computeIfAbsent(key, k -> new long[5])[4]++;
            values.merge(key, d.contract().valueWan(), Double::sum);
        });
        List<Row> rows = counts.entrySet().stream().map(e -> new Row(e.getKey(), e.getValue()[0], e.getValue()[1],
                e.getValue()[2], e.getValue()[3], e.getValue()[4], round(values.getOrDefault(e.getKey(), 0.0)))).toList();
        return new Breakdown(dimension.pathName(), s.district() == null ? "全部" : s.district().name(), rows);
    }

    private static boolean isOpen(Demand d) {
        return d.status() == DemandStatus.OPEN || d.status() == DemandStatus.DOCKING;
    }

    private static double value(List<Docking> signed) {
        return round(signed.stream().mapToDouble(d -> d.contract().valueWan()).sum());
    }

    /** Sums of 万元 amounts typed with up to two decimals; rounding keeps 80.5 + 120 from printing 200.50000001. */
    static double round(double wan) {
        return Math.round(wan * 100) / 100.0;
    }

    private static String name(Region region) {
        return region == null ? NOT_GIVEN : region.name();
    }

    private static String month(YearMonth month) {
        return month == null ? NOT_GIVEN : month.toString();
    }

    /** Tianjin's districts in their official order, then other regions, then 未填写. */
    private static int districtRank(String key) {
        int index = Region.TIANJIN_DISTRICTS.indexOf(key);
        return index >= 0 ? index : NOT_GIVEN.equals(key) ? Integer.MAX_VALUE : Region.TIANJIN_DISTRICTS.size();
    }

    private static int rank(String key, List<String> ordered) {
        int index = ordered.indexOf(key);
        return index >= 0 ? index : Integer.MAX_VALUE;
    }
}
