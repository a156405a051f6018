package org.techmatch.notification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.techmatch.catalog.LibraryService;
import org.techmatch.catalog.TianjinTime;
import org.techmatch.challenge.Challenge;
import org.techmatch.challenge.ChallengeMilestone;
import org.techmatch.challenge.ChallengeStatus;
import org.techmatch.challenge.MilestoneStatus;
import org.techmatch.demand.ExpiryProperties;

/**
 * Challenge calendar notices (截止提醒): the awarded team of a milestone due within {@link #MILESTONE_DAYS} days that
 * is still waiting for its evidence, and the district's officials of a challenge whose application deadline is within
 * {@link #DEADLINE_DAYS} days. Once per object and date (the dedupe key holds the date, so a moved date is told
 * again); runs at start and every morning in Tianjin, with the other calendar jobs.
 */
@Component
public class ChallengeDeadlines {
    static final int MILESTONE_DAYS = 7;
    static final int DEADLINE_DAYS = 3;

    private final LibraryService<Challenge> challenges;
    private final NotificationService notifications;
    private final Recipients recipients;
    private final Clock clock;
    private final boolean enabled;

    /** Off with the other calendar jobs ({@code techmatch.expiry.enabled}): a command must not write behind a benchmark. */
    ChallengeDeadlines(LibraryService<Challenge> challenges, NotificationService notifications, Recipients recipients,
                       Clock clock, ExpiryProperties calendar) {
        this.challenges = challenges;
        this.notifications = notifications;
        this.recipients = recipients;
        this.clock = clock;
        this.enabled = calendar.enabled();
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        if (enabled) {
            remind();
        }
    }

    @Scheduled(cron = "0 35 8 * * *", zone = "Asia/Shanghai")
    void daily() {
        if (enabled) {
            remind();
        }
    }

    /** Tells of every milestone and application deadline now close; returns how many notifications were stored. */
    public synchronized int remind() {
        LocalDate today = TianjinTime.today(clock);
        int told = 0;
        for (Challenge c : challenges.all()) {
            told += milestonesDue(c, today) + applicationDeadline(c, today);
        }
        return told;
    }

    private int milestonesDue(Challenge c, LocalDate today) {
        if (c.status() != ChallengeStatus.AWARDED && c.status() != ChallengeStatus.EXECUTING) {
            return 0;
        }
        List<String> team = recipients.ofOrganisation(c.awardee());
        int told = 0;
        for (int i = 0; i < c.milestones().size(); i++) {
            ChallengeMilestone m = c.milestones().get(i);
            boolean awaitingEvidence = m.status() == MilestoneStatus.PENDING || m.status() == MilestoneStatus.REWORK;
            if (!awaitingEvidence || !within(m.dueDate(), today, MILESTONE_DAYS)) {
                continue;
            }
            int number = i + 1;
            told += notifications.send(new Notice(NotificationType.DEADLINE,
                    "里程碑「" + m.name() + "」将于 " + m.dueDate() + " 到期",
                    "榜单「" + c.title() + "」第 " + number + " 个里程碑：" + m.deliverable() + "\n请在到期前提交验收材料。",
                    "/challenge.html?id=" + c.id(), c.id(),
                    "milestone:" + c.id() + ":" + number + ":" + m.dueDate()), team).size();
        }
        return told;
    }

    private int applicationDeadline(Challenge c, LocalDate today) {
        if ((c.status() != ChallengeStatus.PUBLISHED && c.status() != ChallengeStatus.OPEN)
                || !within(c.applicationDeadline(), today, DEADLINE_DAYS)) {
            return 0;
        }
        return notifications.send(new Notice(NotificationType.DEADLINE,
                "榜单「" + c.title() + "」揭榜将于 " + c.applicationDeadline() + " 截止",
                "截止后请关闭揭榜并组织评审；如需延期，请在截止前处理。", "/challenge.html?id=" + c.id(), c.id(),
                "deadline:" + c.id() + ":" + c.applicationDeadline()), recipients.officialsOf(c.districtName())).size();
    }

    private static boolean within(LocalDate date, LocalDate today, int days) {
        return date != null && !date.isBefore(today) && !date.isAfter(today.plusDays(days));
    }
}
