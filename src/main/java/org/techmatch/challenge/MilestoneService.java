package org.techmatch.challenge;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.techmatch.catalog.CatalogRules;
import org.techmatch.catalog.ForbiddenException;
import org.techmatch.catalog.Problems;
import org.techmatch.catalog.RecordNotFoundException;
import org.techmatch.catalog.Role;
import org.techmatch.catalog.StateConflictException;
import org.techmatch.catalog.TianjinTime;
import org.techmatch.catalog.ValidationException;
import org.techmatch.catalog.Viewer;

/**
 * 揭榜制+里程碑: the awarded team submits evidence for each milestone in order; the office (or a reviewer without
 * a conflict of interest) concludes 通过 / 需整改 / 不通过; a pass releases the milestone's share of the support.
 * Nothing about milestones can happen before the challenge is awarded and its execution started.
 */
@Service
class MilestoneService {
    static final Set<Role> MILESTONE_REVIEWERS = Set.of(Role.OFFICIAL, Role.REVIEWER);
    private static final Set<Role> APPLICANT_ROLES = ApplicationService.APPLICANTS;
    /** The statuses in which milestones are running and can fall overdue. */
    static final Set<ChallengeStatus> RUNNING = EnumSet.of(ChallengeStatus.AWARDED, ChallengeStatus.EXECUTING);

    private final Challenges challenges;
    private final ReviewerNames reviewerNames;
    private final Clock clock;

    MilestoneService(Challenges challenges, ReviewerNames reviewerNames, Clock clock) {
        this.challenges = challenges;
        this.reviewerNames = reviewerNames;
        this.clock = clock;
    }

    /** A late milestone: which project, which stage, due when, how many days late, where it stands. */
    public record Overdue(String challengeId, String challengeTitle, String awardee, String office, int milestone,
                         String name, LocalDate dueDate, long daysOverdue, MilestoneStatus status) {
    }

    public record EvidenceRequest(Long version, String text) {
    }

    /** reviewer is ignored: a milestone review is signed by the signed-in account (see {@link ReviewerNames}). */
    public record MilestoneReviewRequest(Long version, MilestoneOutcome outcome, String comment, String reviewer) {
    }

    Challenge submit(String challengeId, int number, EvidenceRequest request, Viewer viewer) {
        Problems problems = new Problems();
        problems.text("text", request.text(), CatalogRules.DESCRIPTION_CHARS, true);
        problems.throwIfAny();
        challenges.readable(challengeId, viewer);
        return visible(viewer, challenges.change(challengeId, request.version(), current -> {
            if (current.awardee() == null || !APPLICANT_ROLES.contains(viewer.role())
                    || !viewer.belongsTo(current.awardee())) {
                throw new ForbiddenException(current.awardee() == null ? "榜单尚未立项，没有揭榜方可以提交里程碑材料"
                        : "只有揭榜方本身可以提交里程碑材料");
            }
            int index = running(current, number, "提交里程碑材料");
            ChallengeMilestone milestone = current.milestones().get(index);
            if (milestone.status() != MilestoneStatus.PENDING && milestone.status() != MilestoneStatus.REWORK) {
                throw new StateConflictException("里程碑「" + milestone.name() + "」当前为" + milestone.status().label()
                        + "，不能再提交材料（仅未开始或需整改时可以提交）");
            }
            for (int i = 0; i < index; i++) {
                if (current.milestones().get(i).status() != MilestoneStatus.PASSED) {
                    throw new StateConflictException("请先完成第 " + (i + 1) + " 个里程碑「" + current.milestones().get(i).name()
                            + "」（当前：" + current.milestones().get(i).status().label() + "）");
                }
            }
            return current.withMilestone(index, milestone.submitted(
                    new Evidence(request.text().strip(), viewer.organisation(), clock.instant())));
        }));
    }

    Challenge review(String challengeId, int number, MilestoneReviewRequest request, Viewer viewer) {
        ForbiddenException.unlessRole(viewer, "评审里程碑", MILESTONE_REVIEWERS);
        Problems problems = new Problems();
        problems.required("outcome", request.outcome());
        problems.text("comment", request.comment(), CatalogRules.SCOPE_CHARS,
                request.outcome() != null && request.outcome() != MilestoneOutcome.PASSED);
        problems.throwIfAny();
        challenges.readable(challengeId, viewer);
        return visible(viewer, challenges.change(challengeId, request.version(), current -> {
            if (viewer.role() == Role.REVIEWER && !viewer.reviews(challengeId)) {
                throw new ForbiddenException(ApplicationService.notAssigned(viewer, challengeId));
            }
            ChallengeService.inReach(current, viewer);
            if (viewer.role() == Role.REVIEWER && (viewer.organisation() == null || viewer.belongsTo(current.awardee()))) {
                throw viewer.organisation() == null
                        ? ValidationException.of("organisation", null, "评审专家账号须登记所在单位，用于利益冲突回避检查")
                        : new ForbiddenException("利益冲突：评审专家所在单位「" + viewer.organisation() + "」即揭榜方，应当回避");
            }
            int index = running(current, number, "通过或评审里程碑");
            ChallengeMilestone milestone = current.milestones().get(index);
            if (milestone.status() != MilestoneStatus.SUBMITTED) {
                throw new StateConflictException("里程碑「" + milestone.name() + "」当前为" + milestone.status().label()
                        + "，须先由揭榜方提交材料才能评审");
            }
            boolean passed = request.outcome() == MilestoneOutcome.PASSED;
            Double released = passed && current.support() != null && current.support().amountWan() != null
                    ? Math.round(current.support().amountWan() * milestone.sharePercent()) / 100.0 : null;
            MilestoneReview review = new MilestoneReview(request.outcome(), request.comment(),
                    reviewerNames.of(viewer), viewer.role(), viewer.organisation(), clock.instant(), viewer.username());
            return current.withMilestone(index, milestone.reviewed(review, released,
                    passed ? TianjinTime.today(clock) : null));
        }));
    }

    /**
     * Milestones of running projects past their due date and not passed, the longest overdue first: a manager all,
     * an official those of its district.
     */
    List<Overdue> overdue(Viewer viewer) {
        ForbiddenException.unlessRole(viewer, "查看逾期里程碑", Set.of(Role.OFFICIAL, Role.MANAGER));
        LocalDate today = TianjinTime.today(clock);
        List<Overdue> late = new ArrayList<>();
        for (Challenge c : challenges.library().all()) {
            if (!RUNNING.contains(c.status()) || !(viewer.role() == Role.MANAGER || viewer.answersFor(c.districtName()))) {
                continue;
            }
            for (int i = 0; i < c.milestones().size(); i++) {
                ChallengeMilestone m = c.milestones().get(i);
                if (m.isOverdue(today)) {
                    late.add(new Overdue(c.id(), c.title(), c.awardee(), c.office() == null ? null : c.office().name(),
                            i + 1, m.name(), m.dueDate(), ChronoUnit.DAYS.between(m.dueDate(), today), m.status()));
                }
            }
        }
        late.sort(Comparator.comparing(Overdue::daysOverdue).reversed().thenComparing(Overdue::challengeId)
                .thenComparing(Overdue::milestone));
        return late;
    }

    private Challenge visible(Viewer viewer, Challenge challenge) {
        return challenges.library().kind().redactFor(viewer, challenge);
    }

    /** The zero-based index of milestone number (from 1), refusing anything before execution has started. */
    private static int running(Challenge c, int number, String action) {
        if (number < 1 || number > c.milestones().size()) {
            throw new RecordNotFoundException("里程碑", c.id() + " 第 " + number + " 个");
        }
        if (c.status() != ChallengeStatus.EXECUTING) {
            String why = c.awardedApplicationId() == null ? "榜单尚未立项（当前状态：" + c.status().label() + "），不能" + action
                    : c.status() == ChallengeStatus.AWARDED ? "榜单已立项但尚未启动里程碑执行，不能" + action
                    : "榜单已" + c.status().label() + "，不能" + action;
            throw new StateConflictException(why);
        }
        return number - 1;
    }
}
