package org.techmatch.challenge;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.techmatch.web.ViewerResolver;

/** 揭榜 applications beneath a challenge, and their reviews. */
@RestController
@RequestMapping("/api/challenges/{challengeId}/applications")
class ApplicationController {
    private final ApplicationService service;
    private final ViewerResolver viewers;

    ApplicationController(ApplicationService service, ViewerResolver viewers) {
        this.service = service;
        this.viewers = viewers;
    }

    @GetMapping
    ApplicationRanking.Ranked list(@PathVariable String challengeId, HttpServletRequest request) {
        return service.list(challengeId, viewers.resolve(request));
    }

    @PostMapping
    ResponseEntity<Application> apply(@PathVariable String challengeId, @RequestBody Application submitted,
                                      HttpServletRequest request) {
        Application created = service.apply(challengeId, submitted, viewers.resolve(request));
        return ResponseEntity.created(URI.create(request.getRequestURI() + "/" + created.id())).body(created);
    }

    @GetMapping("/{applicationId}")
    Application get(@PathVariable String challengeId, @PathVariable String applicationId, HttpServletRequest request) {
        return service.get(challengeId, applicationId, viewers.resolve(request));
    }

    @DeleteMapping("/{applicationId}")
    Application withdraw(@PathVariable String challengeId, @PathVariable String applicationId,
                         HttpServletRequest request) {
        return service.withdraw(challengeId, applicationId, viewers.resolve(request));
    }

    @PostMapping("/{applicationId}/reviews")
    Application review(@PathVariable String challengeId, @PathVariable String applicationId,
                       @RequestBody ReviewRequest body, HttpServletRequest request) {
        return service.review(challengeId, applicationId, body, viewers.resolve(request));
    }
}
