package org.techmatch.mail;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.techmatch.web.ViewerResolver;

/** The outbox for officials: each message's state, attempts, last error and next attempt; requeue one. */
@RestController
@RequestMapping("/api/admin/outbox")
class OutboxController {
    private final Outbox outbox;
    private final ViewerResolver viewers;

    OutboxController(Outbox outbox, ViewerResolver viewers) {
        this.outbox = outbox;
        this.viewers = viewers;
    }

    /** status: 待发送, 发送中, 已发送 or 待核实; absent = all. */
    @GetMapping
    List<OutboxMessage> list(@RequestParam(required = false) String status, HttpServletRequest request) {
        return outbox.list(status == null || status.isBlank() ? null : OutboxStatus.of(status),
                viewers.resolve(request));
    }

    @GetMapping("/{id}")
    OutboxMessage get(@PathVariable String id, HttpServletRequest request) {
        return outbox.get(id, viewers.resolve(request));
    }

    @PostMapping("/{id}/requeue")
    OutboxMessage requeue(@PathVariable String id, HttpServletRequest request) {
        return outbox.requeue(id, viewers.resolve(request));
    }
}
