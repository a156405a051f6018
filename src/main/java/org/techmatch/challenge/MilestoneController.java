package org.techmatch.challenge;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.techmatch.web.ViewerResolver;

/** The milestones of a challenge, numbered from 1: evidence from the awarded team, reviews by the office. */
@RestController
@RequestMapping("/api/challenges/{challengeId}/milestones")
class MilestoneController {
    private final MilestoneService service;
    private final ChallengeService challenges;
    private final ViewerResolver viewers;

    MilestoneController(MilestoneService service, ChallengeService challenges, ViewerResolver viewers) {
        this.service = service;
        this.challenges = challenges;
        this.viewers = viewers;
    }

    @GetMapping
    List<ChallengeMilestone> list(@PathVariable String challengeId, HttpServletRequest request) {
        return challenges.get(challengeId, viewers.resolve(request)).milestones();
    }

    @PostMapping("/{number}/evidence")
    Challenge submit(@PathVariable String challengeId, @PathVariable int number,
                     @RequestBody MilestoneService.EvidenceRequest body, HttpServletRequest request) {
        return service.submit(challengeId, number, body, viewers.resolve(request));
    }

    @PostMapping("/{number}/reviews")
    Challenge review(@PathVariable String challengeId, @PathVariable int number,
                     @RequestBody MilestoneService.MilestoneReviewRequest body, HttpServletRequest request) {
        return service.review(challengeId, number, body, viewers.resolve(request));
    }
}
