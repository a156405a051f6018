package org.techmatch.challenge;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.techmatch.catalog.CatalogRules;
import org.techmatch.catalog.ForbiddenException;
import org.techmatch.catalog.LibraryService;
import org.techmatch.catalog.Problems;
import org.techmatch.catalog.RecordNotFoundException;
import org.techmatch.catalog.Role;
import org.techmatch.catalog.StateConflictException;
import org.techmatch.catalog.TianjinTime;
import org.techmatch.catalog.ValidationException;
import org.techmatch.catalog.Viewer;
import org.techmatch.demand.Demand;
import org.techmatch.search.SearchPage;
import org.techmatch.search.SearchQuery;
import org.techmatch.search.SearchQueryParser;

/** Drafting, editing, reading and moving challenges through their lifecycle. */
@Service
public class ChallengeService {
    /** Used when a draft names no criteria: the weights most district review rules use. */
    static final List<Criterion> DEFAULT_CRITERIA = List.of(new Criterion("技术先进性", 30.0),
            new Criterion("方案可行性", 30.0), new Criterion("团队实力", 20.0), new Criterion("报价合理性", 20.0));
    static final int REASON_CHARS = 2_000;
    static final Set<Role> DRAFTERS = Set.of(Role.OFFICIAL, Role.MANAGER);

    private final Challenges challenges;
    private final LibraryService<Application> applications;
    private final LibraryService<Demand> demands;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ChallengeService(Challenges challenges, LibraryService<Application> applications,
                     LibraryService<Demand> demands, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.challenges = challenges;
        this.applications = applications;
        this.demands = demands;
        this.clock = clock;
    }

    /** A new draft; the technology field and industry default to those of the first linked demand. */
    public Challenge createDraft(Challenge submitted, Viewer viewer) {
        ForbiddenException.unlessRole(viewer, "起草榜单", DRAFTERS);
        List<Demand> linked = linkedDemands(submitted.demandIds());
        Challenge draft = Challenge.draftOf(submitted, DEFAULT_CRITERIA);
        draft = draft.withOffice(OfficeRule.officeFor(viewer, draft.office(), linked));
        if (!linked.isEmpty()) {
            draft = draft.classifiedLike(linked.getFirst().techField(), linked.getFirst().industry());
        }
        return challenges.library().create(draft);
    }

    /**
     * One click from a group of demands (e.g. unmet ones) to a draft challenge: the problem lists the demands, the
     * indicators are theirs, the budget the sum of their upper budgets. Dates, support and milestones are left for
     * the office to fill in before publishing.
     */
    public Challenge draftFromDemands(List<String> demandIds, String title, Viewer viewer) {
        ForbiddenException.unlessRole(viewer, "起草榜单", DRAFTERS);
        if (demandIds == null || demandIds.isEmpty()) {
            throw ValidationException.of("demandIds", null, "至少选择一项技术需求");
        }
        List<Demand> linked = linkedDemands(demandIds);
        Demand first = linked.getFirst();
        StringBuilder problem = new StringBuilder("本榜单汇集 " + linked.size() + " 项企业技术需求：");
        for (int i = 0; i < linked.size(); i++) {
            Demand d = linked.get(i);
            String text = d.description() == null ? "" : d.description();
            problem.append("\n").append(i + 1).append(". ").append(d.title()).append("：")
                    .append(text.length() > 200 ? text.substring(0, 200) + "…" : text);
        }
        double budget = linked.stream().mapToDouble(d -> d.budget() == null || d.budget().isNegotiable() ? 0
                : d.budget().maxWan()).sum();
        String named = title != null ? title
                : first.title() + (linked.size() > 1 ? "等 " + linked.size() + " 项技术攻关" : "技术攻关");
        Challenge draft = new Challenge(null, 0, ChallengeStatus.DRAFT,
                named.length() > CatalogRules.TITLE_CHARS ? named.substring(0, CatalogRules.TITLE_CHARS) : named,
                problem.toString(), linked.stream().map(Demand::id).toList(),
                linked.stream().flatMap(d -> d.indicators().stream()).distinct().limit(30).toList(),
                first.techField(), first.industry(), budget > 0 ? budget : null, null, null, null, null, null,
                List.of(), List.of(), OfficeRule.officeFor(viewer, null, linked), null, null, null, null, null);
        return challenges.library().create(Challenge.draftOf(draft, DEFAULT_CRITERIA));
    }

    /** Only a draft can be edited; once published, the list is what applicants read and changes by transition. */
    Challenge edit(String id, long expectedVersion, Challenge submitted, Viewer viewer) {
        ForbiddenException.unlessRole(viewer, "修改榜单", DRAFTERS);
        List<Demand> linked = linkedDemands(submitted.demandIds());
        return challenges.change(id, expectedVersion, current -> {
            inReach(current, viewer);
            if (current.status() != ChallengeStatus.DRAFT) {
                throw new StateConflictException("只有草稿状态的榜单可以修改，榜单「" + id + "」当前状态：" + current.status().label());
            }
            Challenge edited = current.edited(submitted).withDefaultCriteria(DEFAULT_CRITERIA);
            Office office = edited.office() != null ? edited.office() : current.office();
            return edited.withOffice(OfficeRule.officeFor(viewer, office, linked));
        });
    }

    /**
     * Drafts exist only for the managers and the officials of the office's district (city-level: all); to anyone
     * else they are not there (404, not 403).
     */
    public Challenge get(String id, Viewer viewer) {
        return challenges.library().read(id, viewer);
    }

    /**
     * A challenge the viewer may not read is not there (404); an official moves only those of its district, and
     * the refusal names its own district, not the office in charge.
     */
    static void inReach(Challenge current, Viewer viewer) {
        if (viewer.role() == Role.OFFICIAL && !viewer.answersFor(current.districtName())) {
            if (current.status() == ChallengeStatus.DRAFT) {
                throw new RecordNotFoundException("揭榜挂帅榜单", current.id());
            }
            throw new ForbiddenException("榜单「" + current.id() + "」不在本区（" + viewer.district() + "）的管辖范围");
        }
    }

    SearchPage<Challenge> search(Map<String, List<String>> params, Viewer viewer) {
        SearchQuery query = SearchQueryParser.parse(params, challenges.library().kind().searchSchema());
        List<String> statuses = query.filters().getOrDefault("status", List.of());
        if (statuses.contains(ChallengeStatus.DRAFT.label()) && !viewer.seesConfidential()) {
            throw new ForbiddenException("草稿榜单仅限区科技局管理员和技术经理人查看");
        }
        return challenges.library().search(query, viewer, Map.of("title", Challenge::title,
                "problem", Challenge::problem));
    }

    /** Makes one named move: role, version, source status and the move's own conditions, then one logged write. */
    public Challenge transition(String id, ChallengeTransition move, TransitionRequest request, Viewer viewer) {
        ForbiddenException.unlessRole(viewer, move.action(), move.roles());
        TransitionRequest req = request == null ? TransitionRequest.EMPTY : request;
        if (move.needsReason() && req.reason() == null) {
            throw ValidationException.of("reason", null, "「" + move.action() + "」须说明原因");
        }
        Problems problems = new Problems();
        problems.text("reason", req.reason(), REASON_CHARS, false);
        problems.throwIfAny();
        Challenge moved = challenges.change(id, req.version(), current -> {
            inReach(current, viewer);
            if (!move.allowedFrom(current.status())) {
                throw new StateConflictException("榜单「" + id + "」当前状态为" + current.status().label() + "，不能"
                        + move.action() + "（仅限" + move.fromLabels() + "状态）");
            }
            Challenge next = checkAndPrepare(current, move, req);
            return next.moved(new TransitionRecord(move.pathName(), move.action(), current.status(), move.to(),
                    viewer.role(), viewer.organisation(), req.reason(), clock.instant()));
        });
        if (move == ChallengeTransition.AWARD) {
            events.publishEvent(new ChallengeAwarded(moved, submitted(moved.id())));
        }
        return challenges.library().kind().redactFor(viewer, moved);
    }

    /** The moves this viewer could make now, for the interface's buttons. */
    List<ChallengeTransition> available(Challenge challenge, Viewer viewer) {
        return java.util.Arrays.stream(ChallengeTransition.values())
                .filter(t -> t.allowedFrom(challenge.status()) && t.roles().contains(viewer.role())).toList();
    }

    private Challenge checkAndPrepare(Challenge current, ChallengeTransition move, TransitionRequest req) {
        LocalDate today = TianjinTime.today(clock);
        return switch (move) {
            case PUBLISH -> {
                publishable(current, today);
                yield current;
            }
            case OPEN_APPLICATIONS -> {
                if (current.applicationDeadline() == null || current.applicationDeadline().isBefore(today)) {
                    throw new StateConflictException("揭榜截止日期 " + current.applicationDeadline()
                            + " 已过，不能开始揭榜；请撤回发布并修改截止日期");
                }
                yield current;
            }
            case CLOSE_APPLICATIONS -> {
                if (submitted(current.id()).isEmpty()) {
                    throw new StateConflictException("榜单「" + current.id() + "」尚无有效的揭榜申请，不能进入评审；可继续揭榜或终止榜单");
                }
                yield current;
            }
            case AWARD -> awarded(current, req.applicationId());
            case ACCEPT -> {
                List<String> open = current.milestones().stream().filter(m -> m.status() != MilestoneStatus.PASSED)
                        .map(m -> "「" + m.name() + "」（" + m.status().label() + "）").toList();
                if (!open.isEmpty()) {
                    throw new StateConflictException("尚有 " + open.size() + " 个里程碑未通过，不能验收：" + String.join("、", open));
                }
                yield current;
            }
            case WITHDRAW, START, REJECT, TERMINATE -> current;
        };
    }

    private void publishable(Challenge c, LocalDate today) {
        Problems problems = new Problems();
        if (c.milestones().isEmpty()) {
            problems.add("milestones", null, "发布前须规划至少一个里程碑（付款比例合计 100%）");
        }
        if (c.applicationDeadline() == null) {
            problems.add("applicationDeadline", null, "发布前须设定揭榜截止日期");
        } else if (c.applicationDeadline().isBefore(today)) {
            problems.add("applicationDeadline", c.applicationDeadline().toString(), "揭榜截止日期已过（今天是 " + today + "）");
        }
        if (c.support() == null || c.support().amountWan() == null) {
            problems.add("support.amountWan", null, "发布前须写明政府支持金额（万元）");
        }
        if (c.office() == null) {
            problems.add("office", null, "发布前须写明责任单位");
        } else if (c.office().district() == null) {
            problems.add("office.district", null, "发布前须写明责任单位所在区（如 南开区）");
        }
        problems.throwIfAny();
    }

    private Challenge awarded(Challenge current, String applicationId) {
        if (applicationId == null) {
            throw ValidationException.of("applicationId", null, "立项须指定中标的揭榜申请");
        }
        Application winner = applications.get(applicationId);
        if (!current.id().equals(winner.challengeId())) {
            throw ValidationException.of("applicationId", applicationId, "该申请不属于榜单「" + current.id() + "」");
        }
        if (winner.status() != ApplicationStatus.SUBMITTED) {
            throw new StateConflictException("申请「" + applicationId + "」已" + winner.status().label() + "，不能立项");
        }
        if (winner.reviews().isEmpty()) {
            throw new StateConflictException("申请「" + applicationId + "」尚无专家评审意见，不能立项");
        }
        return current.awardedTo(winner.id(), winner.applicantName());
    }

    List<Application> submitted(String challengeId) {
        return applications.findBy(ApplicationKind.CHALLENGE_FIELD, challengeId).stream()
                .filter(a -> a.status() == ApplicationStatus.SUBMITTED).toList();
    }

    private List<Demand> linkedDemands(List<String> ids) {
        Problems problems = new Problems();
        List<Demand> found = new java.util.ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            if (ids.get(i) == null || ids.get(i).isBlank()) {
                problems.add("demandIds[" + i + "]", ids.get(i), "须为技术需求编号（DEM-…）");
                continue;
            }
            try {
                found.add(demands.get(ids.get(i)));
            } catch (RecordNotFoundException e) {
                problems.add("demandIds[" + i + "]", ids.get(i), "技术需求不存在");
            }
        }
        problems.throwIfAny();
        return found;
    }
}
