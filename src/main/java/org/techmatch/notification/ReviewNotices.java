package org.techmatch.notification;

import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.techmatch.account.Account;
import org.techmatch.account.Registration;
import org.techmatch.account.RegistrationDecided;
import org.techmatch.challenge.Application;
import org.techmatch.challenge.ChallengeAwarded;
import org.techmatch.review.ReviewDecided;
import org.techmatch.review.ReviewNote;

/**
 * Review results (审核结果): an editorial decision reaches the reviewed record's owner organisation, a sign-up
 * decision the applicant account, a challenge award every applicant organisation still standing (the winner 中标,
 * the others 未中标). Each notice links to the object decided on.
 */
@Component
class ReviewNotices {
    private final NotificationService notifications;
    private final Recipients recipients;

    ReviewNotices(NotificationService notifications, Recipients recipients) {
        this.notifications = notifications;
        this.recipients = recipients;
    }

    @EventListener
    void recordReviewed(ReviewDecided event) {
        ReviewNote note = event.note();
        String what = "achievement".equals(note.library()) ? "成果" : "需求";
        boolean published = note.decision() == ReviewNote.Decision.PUBLISHED;
        String title = what + "「" + note.recordTitle() + "」" + (published ? "已通过审核并发布" : "被退回修改");
        String body = published ? "审核通过，记录已公开。" : "退回原因：" + note.reason() + "\n请修改后重新提交审核。";
        notifications.send(new Notice(NotificationType.REVIEW_RESULT, title, body,
                "/" + note.library() + ".html?id=" + note.recordId(), note.recordId(), null),
                recipients.ofOrganisation(note.organisation()));
    }

    @EventListener
    void registrationDecided(RegistrationDecided event) {
        Account account = event.account();
        Registration registration = account.registration();
        boolean approved = registration.status() == Registration.Status.APPROVED;
        String title = approved ? "注册申请已通过审核" : "注册申请被退回";
        String body = approved ? "「" + account.organisation() + "」的账号已开通，可以发布需求、成果并使用全部功能。"
                : "退回原因：" + registration.reason() + "\n请在「我的」页面修改后重新提交。";
        notifications.send(new Notice(NotificationType.REVIEW_RESULT, title, body, "/me.html", account.id(), null),
                List.of(account.username()));
    }

    @EventListener
    void challengeAwarded(ChallengeAwarded event) {
        String challengeTitle = event.challenge().title();
        String link = "/challenge.html?id=" + event.challenge().id();
        for (Application application : event.applications()) {
            boolean won = event.won(application);
            String title = "揭榜申请「" + application.title() + "」" + (won ? "已中标" : "未中标");
            String body = won ? "榜单「" + challengeTitle + "」确定由贵单位揭榜挂帅并立项，请按里程碑计划推进。"
                    : "榜单「" + challengeTitle + "」已确定揭榜方，感谢贵单位参与。";
            notifications.send(new Notice(NotificationType.REVIEW_RESULT, title, body, link, application.id(), null),
                    recipients.ofOrganisation(application.applicant() == null ? null : application.applicant().name()));
        }
    }
}
