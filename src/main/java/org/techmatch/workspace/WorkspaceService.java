package org.techmatch.workspace;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.techmatch.achievement.Achievement;
import org.techmatch.catalog.CatalogRecord;
import org.techmatch.catalog.LibraryService;
import org.techmatch.catalog.Texts;
import org.techmatch.catalog.TianjinTime;
import org.techmatch.catalog.Viewer;
import org.techmatch.challenge.Application;
import org.techmatch.demand.Demand;
import org.techmatch.demand.DemandRenewal;
import org.techmatch.docking.Docking;
import org.techmatch.docking.DockingStage;
import org.techmatch.docking.PartyDockings;
import org.techmatch.matching.MatchEngine;
import org.techmatch.matching.MatchRequest;
import org.techmatch.review.ReviewNote;
import org.techmatch.review.ReviewService;
import org.techmatch.search.IndexFields;
import org.techmatch.vocabulary.AchievementStatus;
import org.techmatch.vocabulary.DemandStatus;

/**
 * Builds 我的 for the signed-in organisation from the libraries' own services (each read as this viewer): its
 * demands and achievements with their review, matches, dockings and validity, its applications, its dockings.
 */
@Service
class WorkspaceService {
    /** Matches counted on the page: enough to say "有 N 条合适匹配" without ranking the whole library. */
    private static final int MATCHES_COUNTED = 20;
    private static final Set<DemandStatus> MATCHING_DEMANDS = Set.of(DemandStatus.OPEN, DemandStatus.DOCKING);

    private final DemandRenewal demands;
    private final LibraryService<Achievement> achievements;
    private final LibraryService<Application> applications;
    private final PartyDockings dockings;
    private final ReviewService reviews;
    private final MatchEngine matches;
    private final Clock clock;

    WorkspaceService(DemandRenewal demands, LibraryService<Achievement> achievements,
                     LibraryService<Application> applications, PartyDockings dockings, ReviewService reviews,
                     MatchEngine matches, Clock clock) {
        this.demands = demands;
        this.achievements = achievements;
        this.applications = applications;
        this.dockings = dockings;
        this.reviews = reviews;
        this.matches = matches;
        this.clock = clock;
    }

    Workspace of(Viewer viewer) {
        List<Workspace.DockingLink> links = dockings.of(viewer).stream().map(WorkspaceService::link)
                .sorted(Comparator.comparing(Workspace.DockingLink::id).reversed()).toList();
        LocalDate today = TianjinTime.today(clock);
        List<Workspace.Entry> myDemands = demands.own(viewer).stream().sorted(newestFirst())
                .map(d -> demand(d, viewer, links, today)).toList();
        List<Workspace.Entry> myAchievements = ownAchievements(viewer).stream().sorted(newestFirst())
                .map(a -> achievement(a, viewer, links)).toList();
        List<Workspace.ApplicationEntry> myApplications = viewer.organisation() == null ? List.of()
                : applications.findBy("applicant", Texts.clean(viewer.organisation())).stream()
                .filter(a -> applications.mayRead(viewer, a)).sorted(newestFirst())
                .map(a -> new Workspace.ApplicationEntry(a.id(), a.challengeId(), a.title(), a.status().label(),
                        a.updatedAt())).toList();
        return new Workspace(viewer.organisation(), myDemands, myAchievements, myApplications, links,
                demands.reminders(viewer));
    }

    private Workspace.Entry demand(Demand d, Viewer viewer, List<Workspace.DockingLink> links, LocalDate today) {
        List<String> events = new ArrayList<>();
        String reason = reviewEvents(d.status() == DemandStatus.PENDING_REVIEW, d.status() == DemandStatus.RETURNED,
                d.id(), viewer, events);
        List<Workspace.DockingLink> own = links.stream().filter(l -> d.id().equals(l.demandId())).toList();
        Integer good = MATCHING_DEMANDS.contains(d.status()) && (d.validUntil() == null || !d.validUntil().isBefore(today))
                ? matches.achievementsForDemand(d.id(), MatchRequest.top(MATCHES_COUNTED), viewer).good() : null;
        dockingEvents(own, events);
        if (good != null) {
            events.add(good == 0 ? "暂无合适匹配" : "有 " + good + (good == MATCHES_COUNTED ? "+" : "") + " 条合适匹配");
        }
        if (d.validUntil() != null && MATCHING_DEMANDS.contains(d.status())
                && !d.validUntil().isAfter(today.plusDays(DemandRenewal.REMINDER_DAYS))) {
            events.add(d.validUntil().isBefore(today) ? "已过有效期（" + d.validUntil() + "）"
                    : "即将到期：有效期至 " + d.validUntil());
        }
        if (d.status() == DemandStatus.EXPIRED) {
            events.add("已过期（有效期至 " + d.validUntil() + "），续期后重新征集");
        }
        boolean renewable = Set.of(DemandStatus.OPEN, DemandStatus.DOCKING, DemandStatus.EXPIRED).contains(d.status());
        return new Workspace.Entry(d.id(), d.version(), d.title(), d.status().label(), d.validUntil(), d.updatedAt(),
                good, reason, own, renewable, events);
    }

    private Workspace.Entry achievement(Achievement a, Viewer viewer, List<Workspace.DockingLink> links) {
        List<String> events = new ArrayList<>();
        String reason = reviewEvents(a.status() == AchievementStatus.PENDING_REVIEW,
                a.status() == AchievementStatus.RETURNED, a.id(), viewer, events);
        List<Workspace.DockingLink> own = links.stream().filter(l -> a.id().equals(l.achievementId())).toList();
        Integer good = a.status() == AchievementStatus.PUBLISHED
                ? matches.demandsForAchievement(a.id(), MatchRequest.top(MATCHES_COUNTED), viewer).good() : null;
        dockingEvents(own, events);
        if (good != null) {
            events.add(good == 0 ? "暂无合适匹配的需求" : "有 " + good + (good == MATCHES_COUNTED ? "+" : "") + " 条合适匹配的需求");
        }
        return new Workspace.Entry(a.id(), a.version(), a.title(), a.status().label(), null, a.updatedAt(), good,
                reason, own, false, events);
    }

    /** Adds the review's line; returns the reason while the record is returned. */
    private String reviewEvents(boolean pending, boolean returned, String id, Viewer viewer, List<String> events) {
        if (pending) {
            events.add("待审核：等待所在区科技局或技术经理人审核，通过后公开并参与匹配");
            return null;
        }
        if (!returned) {
            return null;
        }
        String reason = reviews.lastDecision(id, viewer).filter(n -> n.decision() == ReviewNote.Decision.RETURNED)
                .map(ReviewNote::reason).orElse("（未记录原因）");
        events.add("审核退回：" + reason + "。修改后重新提交");
        return reason;
    }

    private static void dockingEvents(List<Workspace.DockingLink> links, List<String> events) {
        for (Workspace.DockingLink link : links) {
            events.add(link.contractSignedOn() != null
                    ? "已签约（" + link.contractSignedOn() + "，对接 " + link.id() + "）"
                    : "对接 " + link.id() + "：" + link.stage());
        }
    }

    private List<Achievement> ownAchievements(Viewer viewer) {
        String key = Texts.organisationKey(viewer.organisation());
        if (!viewer.signedIn() || key == null) {
            return List.of();
        }
        return achievements.findBy(IndexFields.OWNER_KEY, key).stream()
                .filter(a -> achievements.mayRead(viewer, a)).toList();
    }

    private static Workspace.DockingLink link(Docking d) {
        boolean signed = d.stage() == DockingStage.SIGNED && d.contract() != null;
        return new Workspace.DockingLink(d.id(), d.title(), d.stage().label(), d.demandId(), d.achievementId(),
                signed ? d.contract().signedOn() : null);
    }

    private static <T extends CatalogRecord> Comparator<T> newestFirst() {
        Function<T, java.time.Instant> updated = CatalogRecord::updatedAt;
        return Comparator.comparing(updated, Comparator.nullsLast(Comparator.reverseOrder()));
    }
}
