package org.techmatch.workspace;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.techmatch.demand.Demand;
import org.techmatch.demand.DemandRenewal;
import org.techmatch.web.ViewerResolver;

/** 我的 (the signed-in organisation's records), its expiry reminders, and the one-click renewal of a demand. */
@RestController
class WorkspaceController {
    private final WorkspaceService workspace;
    private final DemandRenewal renewal;
    private final ViewerResolver viewers;

    WorkspaceController(WorkspaceService workspace, DemandRenewal renewal, ViewerResolver viewers) {
        this.workspace = workspace;
        this.renewal = renewal;
        this.viewers = viewers;
    }

    /** POST /api/demands/{id}/renew: no body or no date extends by six months. */
    record Renewal(LocalDate validUntil) {
    }

    @GetMapping("/api/me/records")
    Workspace records(HttpServletRequest request) {
        return workspace.of(viewers.resolve(request));
    }

    /** A small query of its own, so that a notification service can later send the same reminders. */
    @GetMapping("/api/me/reminders")
    List<DemandRenewal.Reminder> reminders(HttpServletRequest request) {
        return renewal.reminders(viewers.resolve(request));
    }

    @PostMapping("/api/demands/{id}/renew")
    Demand renew(@PathVariable String id, @RequestBody(required = false) Renewal body, HttpServletRequest request) {
        return renewal.renew(id, body == null ? null : body.validUntil(), viewers.resolve(request));
    }
}
