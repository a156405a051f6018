package org.techmatch.unmet;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.techmatch.catalog.ForbiddenException;
import org.techmatch.catalog.LibraryService;
import org.techmatch.catalog.Role;
import org.techmatch.catalog.ServiceUnavailableException;
import org.techmatch.catalog.TianjinTime;
import org.techmatch.catalog.ValidationException;
import org.techmatch.catalog.Viewer;
import org.techmatch.demand.Demand;
import org.techmatch.docking.Docking;
import org.techmatch.docking.DockingStage;
import org.techmatch.stats.Chains;
import org.techmatch.stats.DemandCoverage;
import org.techmatch.stats.StatsProperties;
import org.techmatch.vocabulary.DemandStatus;
import org.techmatch.vocabulary.IndustryChain;
import org.techmatch.vocabulary.TechField;

/**
 * Unmet demands: open (征集中 or 对接中) for more than N days, with no docking under way or signed, and whose best
 * match is under the engine's threshold — the candidates for the next challenge list or for bringing in
 * results from outside Tianjin. Grouped into demands that belong together ({@link DemandClusters}: same field or
 * chain and similar text), largest group first.
 */
@Service
class UnmetDemands {
    static final Set<Role> READERS = Set.of(Role.OFFICIAL, Role.MANAGER);

    private final LibraryService<Demand> demands;
    private final LibraryService<Docking> dockings;
    private final DemandCoverage coverage;
    private final StatsProperties properties;
    private final DemandClusters clusters;
    private final Clock clock;

    UnmetDemands(LibraryService<Demand> demands, LibraryService<Docking> dockings, DemandCoverage coverage,
                 StatsProperties properties, DemandClusters clusters, Clock clock) {
        this.clusters = clusters;
        this.demands = demands;
        this.dockings = dockings;
        this.coverage = coverage;
        this.properties = properties;
        this.clock = clock;
    }

    record View(int openDays, LocalDate today, Double threshold, int considered, int unmet, List<Group> groups) {
    }

    record Group(TechField techField, IndustryChain chain, int count, List<Item> demands) {
    }

    record Item(String id, String title, String enterprise, String region, LocalDate createdOn, long openDays,
                boolean chokepoint, double bestScore, String bestMatchId, String bestMatchTitle) {
    }

    View find(Viewer viewer, Integer days, TechField field, IndustryChain chain) {
        ForbiddenException.unlessRole(viewer, "查看未满足需求", READERS);
        int openDays = days == null ? properties.unmetAfterDays() : days;
        if (openDays < 0 || openDays > 3650) {
            throw ValidationException.of("days", days, "应在 0 到 3650 天之间");
        }
        if (!coverage.available()) {
            throw new ServiceUnavailableException("匹配引擎未就绪，暂时无法判断需求是否有合适匹配");
        }
        LocalDate today = TianjinTime.today(clock);
        Set<String> worked = dockings.all().stream().filter(d -> d.stage() != DockingStage.ABANDONED)
                .map(Docking::demandId).collect(Collectors.toSet());
        List<Demand> candidates = demands.all().stream()
                .filter(d -> d.status() == DemandStatus.OPEN || d.status() == DemandStatus.DOCKING)
                .filter(d -> !worked.contains(d.id()))
                .filter(d -> d.createdAt() != null
                        && ChronoUnit.DAYS.between(TianjinTime.date(d.createdAt()), today) > openDays)
                .filter(d -> field == null || d.techField() == field)
                .filter(d -> chain == null || Chains.of(d) == chain)
                .toList();
        Double threshold = null;
        List<Demand> unmet = new ArrayList<>();
        Map<String, Item> items = new LinkedHashMap<>();
        for (Demand d : candidates) {
            var found = coverage.of(d);
            if (found.isEmpty() || found.get().good()) {
                continue;
            }
            threshold = found.get().threshold();
            unmet.add(d);
            items.put(d.id(), new Item(d.id(), d.title(),
                    enterpriseShownTo(viewer, d), d.region() == null ? null : d.region().name(),
                    TianjinTime.date(d.createdAt()), ChronoUnit.DAYS.between(TianjinTime.date(d.createdAt()), today),
                    d.isChokepoint(), found.get().bestScore(), found.get().bestId(), found.get().bestTitle()));
        }
        List<Group> groups = new ArrayList<>();
        for (List<Demand> together : clusters.cluster(unmet)) {
            Demand d = together.getFirst();
            List<Item> sorted = together.stream().map(member -> items.get(member.id()))
                    .sorted(Comparator.comparingLong(Item::openDays).reversed().thenComparing(Item::id)).toList();
            groups.add(new Group(d.techField(), Chains.of(d), sorted.size(), sorted));
        }
        groups.sort(Comparator.comparingInt(Group::count).reversed()
                .thenComparing(g -> g.techField() == null ? "" : g.techField().label())
                .thenComparing(g -> g.chain().label()));
        return new View(openDays, today, threshold, candidates.size(),
                groups.stream().mapToInt(Group::count).sum(), groups);
    }

    /** A confidential demand's enterprise only for those who may see it (an official outside its district may not). */
    private String enterpriseShownTo(Viewer viewer, Demand d) {
        Demand shown = demands.kind().redactFor(viewer, d);
        return shown.enterprise() == null ? null : shown.enterprise().name();
    }
}
