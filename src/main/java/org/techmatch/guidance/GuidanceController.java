package org.techmatch.guidance;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.techmatch.demand.Demand;
import org.techmatch.web.ViewerResolver;

/** POST a demand being written (not stored): what would make it match better. */
@RestController
class GuidanceController {
    private final DemandGuidance guidance;
    private final ViewerResolver viewers;

    GuidanceController(DemandGuidance guidance, ViewerResolver viewers) {
        this.guidance = guidance;
        this.viewers = viewers;
    }

    @PostMapping("/api/demands/guidance")
    Guidance guide(@RequestBody Demand draft, HttpServletRequest request) {
        return guidance.guide(draft, viewers.resolve(request));
    }
}
