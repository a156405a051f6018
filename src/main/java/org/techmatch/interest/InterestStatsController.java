package org.techmatch.interest;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.techmatch.web.ViewerResolver;

/** The statistics of interests beside the other statistics (/api/stats/…); the service decides who sees which. */
@RestController
class InterestStatsController {
    private final InterestService service;
    private final ViewerResolver viewers;

    InterestStatsController(InterestService service, ViewerResolver viewers) {
        this.service = service;
        this.viewers = viewers;
    }

    @GetMapping("/api/stats/interests")
    InterestCounts counts(HttpServletRequest request) {
        return service.counts(viewers.resolve(request));
    }
}
