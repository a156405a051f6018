package org.techmatch.subscription;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.techmatch.web.ViewerResolver;

/** The caller's saved searches: save one, list, cancel. */
@RestController
@RequestMapping("/api/subscriptions")
class SubscriptionController {
    private final SubscriptionService service;
    private final ViewerResolver viewers;

    SubscriptionController(SubscriptionService service, ViewerResolver viewers) {
        this.service = service;
        this.viewers = viewers;
    }

    @PostMapping
    ResponseEntity<Subscription> subscribe(@RequestBody SubscriptionService.Request body, HttpServletRequest request) {
        Subscription created = service.subscribe(body, viewers.resolve(request));
        return ResponseEntity.created(URI.create(request.getRequestURI() + "/" + created.id())).body(created);
    }

    @GetMapping
    List<Subscription> list(HttpServletRequest request) {
        return service.list(viewers.resolve(request));
    }

    @DeleteMapping("/{id}")
    Subscription cancel(@PathVariable String id, HttpServletRequest request) {
        return service.cancel(id, viewers.resolve(request));
    }
}
