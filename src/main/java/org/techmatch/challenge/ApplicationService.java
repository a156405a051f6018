package org.techmatch.challenge;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.techmatch.achievement.Achievement;
import org.techmatch.catalog.ForbiddenException;
import org.techmatch.catalog.LibraryService;
import org.techmatch.catalog.Problems;
import org.techmatch.catalog.RecordNotFoundException;
import org.techmatch.catalog.Role;
import org.techmatch.catalog.StateConflictException;
import org.techmatch.catalog.TianjinTime;
import org.techmatch.catalog.ValidationException;
import org.techmatch.catalog.Texts;
import org.techmatch.catalog.Viewer;

/**
 * 揭榜 and review. Applications are visible to the officials of the challenge's district, the managers, the
 * reviewers assigned to the challenge and the applicant itself, never to other applicants or the public: to them an
 * application is not there (404), and a refusal never names the applicant. A reviewer from the applicant's
 * organisation is refused (回避). A reviewer is the signed-in account: one review per account and application (a
 * second replaces the first), its name taken from the account; a name in the request body is ignored.
 */
@Service
class ApplicationService {
    static final Set<Role> APPLICANTS = Set.of(Role.UNIVERSITY, Role.ENTERPRISE);
    static final Set<Role> READERS = Set.of(Role.OFFICIAL, Role.MANAGER, Role.REVIEWER, Role.UNIVERSITY,
            Role.ENTERPRISE);

    private final Challenges challenges;
    private final LibraryService<Application> applications;
    private final LibraryService<Achievement> achievements;
    private final ApplicationRanking ranking;
    private final ReviewerNames reviewerNames;
    private final Clock clock;

    ApplicationService(Challenges challenges, LibraryService<Application> applications,
                       LibraryService<Achievement> achievements, ApplicationRanking ranking,
                       ReviewerNames reviewerNames, Clock clock) {
        this.challenges = challenges;
        this.reviewerNames = reviewerNames;
        this.applications = applications;
        this.achievements = achievements;
        this.ranking = ranking;
        this.clock = clock;
    }

    Application apply(String challengeId, Application submitted, Viewer viewer) {
        ForbiddenException.unlessRole(viewer, "揭榜", APPLICANTS);
        if (submitted.applicant() == null || !viewer.belongsTo(submitted.applicant().name())) {
            throw new ForbiddenException("只能以本单位名义揭榜：申请单位「" + (submitted.applicant() == null ? ""
                    : submitted.applicant().name()) + "」与当前用户所在单位「" + viewer.organisation() + "」不一致");
        }
        checkAchievements(submitted.achievementIds());
        challenges.readable(challengeId, viewer);
        return challenges.locked(challengeId, () -> {
            Challenge challenge = challenges.get(challengeId);
            if (challenge.status() != ChallengeStatus.OPEN) {
                throw new StateConflictException("榜单「" + challengeId + "」当前状态为" + challenge.status().label()
                        + "，不接受揭榜申请（仅揭榜中的榜单可以揭榜）");
            }
            LocalDate today = TianjinTime.today(clock);
            if (challenge.applicationDeadline() != null && today.isAfter(challenge.applicationDeadline())) {
                throw new StateConflictException("榜单「" + challengeId + "」的揭榜已于 " + challenge.applicationDeadline() + " 截止");
            }
            applications.findBy(ApplicationKind.CHALLENGE_FIELD, challengeId).stream()
                    .filter(a -> a.status() == ApplicationStatus.SUBMITTED
                            && Texts.sameOrganisation(submitted.applicant().name(), a.applicantName()))
                    .findFirst().ifPresent(a -> {
                        throw new StateConflictException("「" + a.applicantName() + "」已揭榜该榜单（申请「" + a.id()
                                + "」），如需修改请先撤回原申请");
                    });
            return applications.create(submitted.submittedTo(challengeId));
        });
    }

    /** The applicant takes its bid back while the list is still open. */
    Application withdraw(String challengeId, String applicationId, Viewer viewer) {
        challenges.readable(challengeId, viewer);
        return challenges.locked(challengeId, () -> {
            Challenge challenge = challenges.get(challengeId);
            Application application = readable(challenge, applicationId, viewer);
            if (!isApplicant(viewer, application)) {
                throw new ForbiddenException("只有申请单位本身可以撤回该申请");
            }
            if (challenge.status() != ChallengeStatus.OPEN || application.status() != ApplicationStatus.SUBMITTED) {
                throw new StateConflictException("只能在揭榜中撤回已提交的申请（榜单：" + challenge.status().label()
                        + "，申请：" + application.status().label() + "）");
            }
            return applications.retire(applicationId, application.version());
        });
    }

    Application get(String challengeId, String applicationId, Viewer viewer) {
        Challenge challenge = challenges.readable(challengeId, viewer);
        return shown(readable(challenge, applicationId, viewer), challenge, viewer);
    }

    /** The application if this viewer may read it; otherwise it is not there (404, whoever applied). */
    private Application readable(Challenge challenge, String applicationId, Viewer viewer) {
        Application application = find(challenge.id(), applicationId);
        if (!(seesAll(viewer, challenge) || isApplicant(viewer, application))) {
            throw new RecordNotFoundException(applications.kind().displayName(), challenge.id() + "/" + applicationId);
        }
        return application;
    }

    private static boolean isApplicant(Viewer viewer, Application application) {
        return APPLICANTS.contains(viewer.role()) && viewer.belongsTo(application.applicantName());
    }

    /** The office, managers and assigned reviewers see every application, pre-ranked; an applicant only its own. */
    ApplicationRanking.Ranked list(String challengeId, Viewer viewer) {
        ForbiddenException.unlessRole(viewer, "查看揭榜申请", READERS);
        Challenge challenge = challenges.readable(challengeId, viewer);
        if (viewer.role() == Role.REVIEWER && !viewer.reviews(challengeId)) {
            throw new ForbiddenException(notAssigned(viewer, challengeId));
        }
        List<Application> all = applications.findBy(ApplicationKind.CHALLENGE_FIELD, challengeId).stream()
                .filter(a -> seesAll(viewer, challenge) || isApplicant(viewer, a))
                .map(a -> shown(a, challenge, viewer)).toList();
        return ranking.rank(challenge, all);
    }

    Application review(String challengeId, String applicationId, ReviewRequest request, Viewer viewer) {
        ForbiddenException.unlessRole(viewer, "评审揭榜申请", Set.of(Role.REVIEWER));
        if (viewer.organisation() == null) {
            throw ValidationException.of("organisation", null, "评审专家账号须登记所在单位，用于利益冲突回避检查");
        }
        challenges.readable(challengeId, viewer);
        if (!viewer.reviews(challengeId)) {
            throw new ForbiddenException(notAssigned(viewer, challengeId));
        }
        return challenges.locked(challengeId, () -> {
            Application application = find(challengeId, applicationId);
            // folded names (Texts.sameOrganisation): a zero-width space or full-width letters do not dodge 回避
            if (viewer.belongsTo(application.applicantName())) {
                throw new ForbiddenException("利益冲突：评审专家所在单位「" + viewer.organisation()
                        + "」即申请单位，应当回避，不能评审该申请");
            }
            Challenge challenge = challenges.get(challengeId);
            if (challenge.status() != ChallengeStatus.REVIEWING) {
                throw new StateConflictException("榜单「" + challengeId + "」当前状态为" + challenge.status().label()
                        + "，不在评审阶段");
            }
            if (application.status() != ApplicationStatus.SUBMITTED) {
                throw new StateConflictException("申请「" + applicationId + "」已" + application.status().label() + "，不能评审");
            }
            Review review = scored(request, challenge.criteria(), viewer);
            Application updated = applications.update(applicationId, application.version(),
                    application.reviewedBy(review));
            return shown(updated, challenge, viewer);
        });
    }

    /**
     * Every criterion scored 0–100, no unknown ones; the total is the weight-averaged score, two decimals. The
     * reviewer is the signed-in account (its display name); a name in the request is ignored.
     */
    private Review scored(ReviewRequest request, List<Criterion> criteria, Viewer viewer) {
        Problems problems = new Problems();
        problems.text("comment", request.comment(), org.techmatch.catalog.CatalogRules.SCOPE_CHARS, false);
        Map<String, Double> scores = new LinkedHashMap<>();
        double total = 0;
        for (Criterion criterion : criteria) {
            Double score = request.scores().get(criterion.name());
            if (score == null) {
                problems.add("scores." + criterion.name(), null, "未打分（权重 " + ChallengeRules.percent(criterion.weight()) + "）");
            } else if (!(score >= 0 && score <= 100)) {
                problems.add("scores." + criterion.name(), score, "分数应在 0 到 100 之间");
            } else {
                scores.put(criterion.name(), score);
                total += score * criterion.weight() / 100;
            }
        }
        request.scores().keySet().stream().filter(name -> criteria.stream().noneMatch(c -> c.name().equals(name)))
                .forEach(name -> problems.add("scores." + name, name, "不是本榜单的评审指标，可选："
                        + String.join("、", criteria.stream().map(Criterion::name).toList())));
        problems.throwIfAny();
        return new Review(reviewerNames.of(viewer), viewer.organisation(), scores, Math.round(total * 100) / 100.0,
                request.comment(), clock.instant(), viewer.username());
    }

    /** The challenge's own district office, the managers and the reviewers assigned to it see every application. */
    private static boolean seesAll(Viewer viewer, Challenge challenge) {
        return viewer.role() == Role.MANAGER || viewer.answersFor(challenge.districtName())
                || viewer.reviews(challenge.id());
    }

    static String notAssigned(Viewer viewer, String challengeId) {
        return "评审专家「" + viewer.username() + "」未被分配评审榜单「" + challengeId + "」，请联系区科技局分配";
    }

    private Application shown(Application a, Challenge challenge, Viewer viewer) {
        ApplicationStatus status = a.status();
        if (status == ApplicationStatus.SUBMITTED && challenge.awardedApplicationId() != null) {
            status = challenge.awardedApplicationId().equals(a.id()) ? ApplicationStatus.AWARDED
                    : ApplicationStatus.NOT_AWARDED;
        }
        Application visible = applications.kind().redactFor(viewer, a);
        return visible.withReviews(visible.reviews(), status);
    }

    private Application find(String challengeId, String applicationId) {
        Application application = applications.get(applicationId);
        if (!challengeId.equals(application.challengeId())) {
            throw new RecordNotFoundException(applications.kind().displayName(), challengeId + "/" + applicationId);
        }
        return application;
    }

    private void checkAchievements(List<String> ids) {
        Problems problems = new Problems();
        for (int i = 0; i < ids.size(); i++) {
            try {
                achievements.get(ids.get(i));
            } catch (RecordNotFoundException e) {
                problems.add("achievementIds[" + i + "]", ids.get(i), "科技成果不存在");
            }
        }
        problems.throwIfAny();
    }
}
