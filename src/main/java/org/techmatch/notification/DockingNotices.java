package org.techmatch.notification;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.techmatch.docking.Docking;
import org.techmatch.docking.DockingStageChanged;
import org.techmatch.docking.DockingStep;

/**
 * Tells a docking's parties of each stage it reaches, and the managing organisation of a new docking. A
 * confidential demand's enterprise is never named: the notice says only the docking's title and stage.
 */
@Component
class DockingNotices {
    private final NotificationService notifications;
    private final Recipients recipients;

    DockingNotices(NotificationService notifications, Recipients recipients) {
        this.notifications = notifications;
        this.recipients = recipients;
    }

    @EventListener
    void changed(DockingStageChanged event) {
        Docking d = event.docking();
        DockingStep last = d.steps().isEmpty() ? null : d.steps().getLast();
        String title = (event.created() ? "新对接：" : "对接进展：") + d.title() + " — " + d.stage().label();
        String body = last == null || last.note() == null ? "" : last.note();
        java.util.List<String> to = Recipients.union(
                recipients.ofOrganisation(d.demandSide() == null ? null : d.demandSide().name()),
                recipients.ofOrganisation(d.supplySide() == null ? null : d.supplySide().name()));
        if (event.created() && d.manager() != null) {
            to = Recipients.union(to, recipients.ofOrganisation(d.manager().organisation()));
        }
        notifications.send(new Notice(NotificationType.DOCKING_STAGE, title, body, "/docking.html?id=" + d.id(),
                d.id(), null), to);
    }
}
