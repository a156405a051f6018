package org.techmatch.docking;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.techmatch.achievement.Achievement;
import org.techmatch.catalog.ForbiddenException;
import org.techmatch.catalog.LibraryService;
import org.techmatch.catalog.Organisation;
import org.techmatch.catalog.Team;
import org.techmatch.catalog.Problems;
import org.techmatch.catalog.RecordNotFoundException;
import org.techmatch.catalog.Role;
import org.techmatch.catalog.StateConflictException;
import org.techmatch.catalog.TianjinTime;
import org.techmatch.catalog.ValidationException;
import org.techmatch.store.StaleVersionException;
import org.techmatch.catalog.Viewer;
import org.techmatch.demand.Demand;
import org.techmatch.expert.Expert;
import org.techmatch.search.SearchPage;
import org.techmatch.search.SearchQuery;
import org.techmatch.search.SearchQueryParser;
import org.techmatch.store.RecordStore;

/**
 * Recording dockings and their steps. Managers and officials record; a manager changes only the dockings of
 * its own organisation, an official those of its district; who reads which docking is {@link DockingAccess}. Stages only move forward, each
 * step is dated no later than today and no earlier than the step before. The demand's status follows its
 * dockings (对接中, 已解决, or 征集中 again when all were abandoned).
 */
@Service
public class DockingService {
    static final Set<Role> BROKERS = Set.of(Role.MANAGER, Role.OFFICIAL);

    private final LibraryService<Docking> dockings;
    private final LibraryService<Demand> demands;
    private final LibraryService<Achievement> achievements;
    private final LibraryService<Expert> experts;
    private final RecordStore store;
    private final DemandProgress demandProgress;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    DockingService(LibraryService<Docking> dockings, LibraryService<Demand> demands,
                   LibraryService<Achievement> achievements, LibraryService<Expert> experts, RecordStore store,
                   Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.dockings = dockings;
        this.demands = demands;
        this.achievements = achievements;
        this.experts = experts;
        this.store = store;
        this.demandProgress = new DemandProgress(demands, dockings, store);
        this.clock = clock;
    }

    Docking create(DockingRequests.Create request, Viewer viewer) {
        ForbiddenException.unlessRole(viewer, "登记对接", BROKERS);
        Problems problems = new Problems();
        problems.text("note", request.note(), DockingKind.NOTE_CHARS, true);
        if (request.demandId() == null) {
            problems.add("demandId", null, "必填（对接的技术需求）");
        }
        if (request.achievementId() == null && request.expertId() == null && request.supplySide() == null) {
            problems.add("supplySide", null, "未关联科技成果或专家团队时须写明供给方（高校、院所或团队所在单位）");
        }
        if (request.achievementId() != null && request.expertId() != null) {
            problems.add("expertId", request.expertId(), "一次对接只关联一项科技成果或一个专家团队");
        }
        problems.throwIfAny();
        Demand demand = found("demandId", () -> demands.readable(request.demandId(), viewer));
        if (viewer.role() == Role.OFFICIAL && !viewer.answersFor(demands.kind().districtOf(demand))) {
            throw new ForbiddenException("区科技局管理员只能登记本区（" + viewer.district() + "）企业需求的对接");
        }
        Achievement achievement = request.achievementId() == null ? null
                : found("achievementId", () -> achievements.readable(request.achievementId(), viewer));
        Expert expert = request.expertId() == null ? null
                : found("expertId", () -> experts.readable(request.expertId(), viewer));
        Manager manager = managerFor(request.manager(), viewer);
        LocalDate date = stepDate(request.date(), null);
        Organisation supply = achievement != null ? achievement.owner()
                : expert != null && request.supplySide() == null ? expert.organisation() : request.supplySide();
        Team team = request.team() != null ? request.team() : achievement != null ? achievement.team()
                : expert != null ? new Team(expert.name(), expert.members()) : null;
        String supplyName = achievement != null ? achievement.title() : expert != null ? expert.name()
                : supply == null ? "" : supply.name();
        Docking docking = new Docking(null, 0, DockingStage.INTRODUCTION, demand.title() + " ↔ " + supplyName,
                demand.id(), request.achievementId(), request.expertId(), demand.enterprise(), supply, team, manager,
                request.source() == null ? DockingSource.MANUAL : request.source(), request.matchScore(),
                List.of(new DockingStep(DockingStage.INTRODUCTION, date, request.note(), viewer.organisation(),
                        clock.instant())),
                request.nextAction(), null, null, demand.region(), demand.techField(), demand.industry(),
                null, null, null);
        // one lock per demand: two brokers clicking 发起对接 on the same pair at once get one docking and one 409
        Docking created = store.locked(demand.id(), () -> {
            liveFor(demand.id(), docking.supplyKey()).ifPresent(existing -> {
                throw new DuplicateDockingException(existing);
            });
            return dockings.create(docking);
        });
        demandProgress.follow(created.demandId());
        events.publishEvent(new DockingStageChanged(created, true));
        return shown(created, viewer);
    }

    /** The live docking of this pair, if any (whoever manages it: a pair is brokered once). */
    private Optional<Docking> liveFor(String demandId, String supplyKey) {
        return supplyKey == null ? Optional.empty() : dockings.findBy("demandId", demandId).stream()
                .filter(d -> d.isLive() && supplyKey.equals(d.supplyKey())).findFirst();
    }

    /** The dockings of a demand this viewer may read, newest first: what a match card links to. */
    List<Docking> ofDemand(String demandId, Viewer viewer) {
        ForbiddenException.unlessRole(viewer, "查询对接记录", BROKERS);
        demands.readable(demandId, viewer);
        return dockings.findBy("demandId", demandId).stream().filter(d -> DockingAccess.mayRead(viewer, d))
                .sorted(Comparator.comparing(Docking::id).reversed()).map(d -> shown(d, viewer)).toList();
    }

    /**
     * A docking an accepted expression of interest becomes (source 意向对接), recorded for the manager it is assigned
     * to under that manager's rules; a docking the rules refuse (a live one of the same pair: 409) is thrown as is.
     */
    public Docking createFromInterest(String demandId, String achievementId, Organisation supplySide, Team team,
                                      Manager manager, String note, Viewer managerViewer) {
        try {
            return create(new DockingRequests.Create(demandId, achievementId, null,
                    achievementId == null ? supplySide : null, team, manager, DockingSource.INTEREST, null, null, note,
                    null), managerViewer);
        } catch (DuplicateDockingException e) {
            throw new StateConflictException(e.getMessage());
        }
    }

    /** The dockings of one demand, whatever their stage (an interest links to the live one of its pair). */
    public List<Docking> ofDemand(String demandId) {
        return dockings.findBy("demandId", demandId);
    }

    Docking step(String id, DockingRequests.Step request, Viewer viewer) {
        ForbiddenException.unlessRole(viewer, "记录对接进展", BROKERS);
        Problems problems = new Problems();
        problems.required("stage", request.stage());
        problems.text("note", request.note(), DockingKind.NOTE_CHARS, true);
        if (request.stage() == DockingStage.SIGNED) {
            if (request.contract() == null) {
                problems.add("contract", null, "签约须登记合同类型、金额（万元）和支付方式");
            }
            DockingKind.contract(request.contract(), problems);
        }
        if (request.stage() == DockingStage.ABANDONED) {
            problems.text("reason", request.reason(), DockingKind.NOTE_CHARS, true);
        }
        problems.throwIfAny();
        Docking stepped = store.locked(id, () -> {
            Docking current = readable(id, viewer);
            if (request.version() != null && request.version() != current.version()) {
                throw new StaleVersionException(id, request.version(), current.version());
            }
            mayChange(current, viewer);
            if (current.stage().isFinal()) {
                throw new StateConflictException("对接「" + id + "」已" + current.stage().label() + "，不能再记录进展");
            }
            if (request.stage().ordinal() < current.stage().ordinal()) {
                throw new StateConflictException("对接只能向前推进：不能从" + current.stage().label() + "退回"
                        + request.stage().label());
            }
            LocalDate date = stepDate(request.date(), current.lastStepDate());
            DockingStep step = new DockingStep(request.stage(), date, request.note(), viewer.organisation(),
                    clock.instant());
            Contract contract = request.stage() == DockingStage.SIGNED ? request.contract().signedOn(date) : null;
            String reason = request.stage() == DockingStage.ABANDONED ? request.reason() : null;
            return dockings.update(id, current.version(), current.stepped(step, request.nextAction(), contract, reason));
        });
        demandProgress.follow(stepped.demandId());
        events.publishEvent(new DockingStageChanged(stepped, false));
        return shown(stepped, viewer);
    }

    /**
     * A docking as this viewer may see it (see {@link DockingAccess}); one it may not read is not there (404, the
     * same answer as for an id never used).
     */
    Docking get(String id, Viewer viewer) {
        return shown(readable(id, viewer), viewer);
    }

    /** The whole docking, if this viewer may read it. */
    private Docking readable(String id, Viewer viewer) {
        Docking docking = dockings.lookup(id).orElse(null);
        if (docking == null || !DockingAccess.mayRead(viewer, docking)) {
            throw new RecordNotFoundException(dockings.kind().displayName(), id);
        }
        return docking;
    }

    /**
     * Dockings this viewer may read, found, counted and faceted in the index (a manager: its organisation's; an
     * official: its district's; a city-level official: all).
     */
    SearchPage<Docking> search(Map<String, List<String>> params, Viewer viewer) {
        ForbiddenException.unlessRole(viewer, "查询对接记录", BROKERS);
        SearchQuery query = SearchQueryParser.parse(params, dockings.kind().searchSchema());
        List<String> readers = DockingAccess.searchTokens(viewer);
        if (readers != null) {
            Map<String, List<String>> filters = new LinkedHashMap<>(query.filters());
            filters.put(DockingAccess.READERS_FIELD, readers.isEmpty() ? List.of("none:") : readers);
            query = new SearchQuery(query.text(), filters, query.createdFrom(), query.createdTo(),
                    query.amountMinWan(), query.amountMaxWan(), query.sort(), query.page(), query.size());
        }
        SearchPage<Docking> page = dockings.search(query, viewer, Map.of("title", Docking::title));
        return new SearchPage<>(page.total(), page.page(), page.size(), page.items().stream()
                .map(hit -> new SearchPage.Hit<>(shown(hit.record(), viewer), hit.score(), hit.highlights()))
                .toList(), page.facets());
    }

    /** A readable docking as the viewer may see it: a confidential demand's enterprise only to those who may know. */
    Docking shown(Docking docking, Viewer viewer) {
        if (docking.demandSide() == null || DockingAccess.seesConfidentialDemandSide(viewer, docking)) {
            return docking;
        }
        boolean confidential = docking.demandId() != null
                && demands.lookup(docking.demandId()).map(Demand::isConfidential).orElse(false);
        return confidential ? docking.withoutDemandSide() : docking;
    }

    /** A manager of the docking's organisation or an official of its district records its steps. */
    private static void mayChange(Docking d, Viewer viewer) {
        if (!DockingAccess.mayChange(viewer, d)) {
            throw new ForbiddenException(viewer.role() == Role.OFFICIAL
                    ? "区科技局管理员只能记录本区（" + viewer.district() + "）对接的进展"
                    : "只有负责该对接的技术经理人所在机构或本区科技局可以记录进展");
        }
    }

    private static Manager managerFor(Manager given, Viewer viewer) {
        String name = given == null ? null : given.name();
        if (name == null) {
            throw ValidationException.of("manager.name", null, "必填（负责的技术经理人姓名）");
        }
        String organisation = given.organisation() != null ? given.organisation() : viewer.organisation();
        if (organisation == null) {
            throw ValidationException.of("manager.organisation", null, "必填（技术经理人所在机构，或通过 X-TechMatch-Org 提供）");
        }
        if (viewer.role() == Role.MANAGER && !viewer.belongsTo(organisation)) {
            throw new ForbiddenException("技术经理人只能以本机构名义登记对接（当前机构：" + viewer.organisation() + "）");
        }
        return new Manager(name, organisation);
    }

    /** A step happens today or earlier, never before the previous step; the default is today. */
    private LocalDate stepDate(LocalDate given, LocalDate previous) {
        LocalDate today = TianjinTime.today(clock);
        LocalDate date = given == null ? today : given;
        if (date.isAfter(today)) {
            throw ValidationException.of("date", date.toString(), "日期不能晚于今天 " + today);
        }
        if (previous != null && date.isBefore(previous)) {
            throw ValidationException.of("date", date.toString(), "日期不能早于上一步 " + previous);
        }
        return date;
    }

    private static <T> T found(String field, java.util.function.Supplier<T> lookup) {
        try {
            return lookup.get();
        } catch (RecordNotFoundException e) {
            throw ValidationException.of(field, null, e.getMessage());
        }
    }
}
