package org.techmatch.feedback;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.techmatch.web.ViewerResolver;

/**
 * Marks on matches, under the match list they are made on: PUT marks (or re-marks) in the caller's name, DELETE
 * withdraws the caller's mark, GET lists a query's current marks by candidate; the statistics count them.
 */
@RestController
class FeedbackController {
    private final FeedbackService service;
    private final ViewerResolver viewers;

    FeedbackController(FeedbackService service, ViewerResolver viewers) {
        this.service = service;
        this.viewers = viewers;
    }

    @PutMapping("/api/demands/{id}/matches/{candidateId}/feedback")
    FeedbackMark markAchievement(@PathVariable String id, @PathVariable String candidateId,
                                 @RequestBody(required = false) FeedbackRequest body, HttpServletRequest request) {
        return service.mark(MatchList.ACHIEVEMENTS_FOR_DEMAND, id, candidateId, body, viewers.resolve(request));
    }

    @PutMapping("/api/demands/{id}/experts/{candidateId}/feedback")
    FeedbackMark markExpert(@PathVariable String id, @PathVariable String candidateId,
                            @RequestBody(required = false) FeedbackRequest body, HttpServletRequest request) {
        return service.mark(MatchList.EXPERTS_FOR_DEMAND, id, candidateId, body, viewers.resolve(request));
    }

    @PutMapping("/api/achievements/{id}/matches/{candidateId}/feedback")
    FeedbackMark markDemand(@PathVariable String id, @PathVariable String candidateId,
                            @RequestBody(required = false) FeedbackRequest body, HttpServletRequest request) {
        return service.mark(MatchList.DEMANDS_FOR_ACHIEVEMENT, id, candidateId, body, viewers.resolve(request));
    }

    @DeleteMapping("/api/demands/{id}/matches/{candidateId}/feedback")
    ResponseEntity<Void> withdrawAchievement(@PathVariable String id, @PathVariable String candidateId,
                                             HttpServletRequest request) {
        service.withdraw(MatchList.ACHIEVEMENTS_FOR_DEMAND, id, candidateId, viewers.resolve(request));
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/api/demands/{id}/experts/{candidateId}/feedback")
    ResponseEntity<Void> withdrawExpert(@PathVariable String id, @PathVariable String candidateId,
                                        HttpServletRequest request) {
        service.withdraw(MatchList.EXPERTS_FOR_DEMAND, id, candidateId, viewers.resolve(request));
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/api/achievements/{id}/matches/{candidateId}/feedback")
    ResponseEntity<Void> withdrawDemand(@PathVariable String id, @PathVariable String candidateId,
                                        HttpServletRequest request) {
        service.withdraw(MatchList.DEMANDS_FOR_ACHIEVEMENT, id, candidateId, viewers.resolve(request));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/demands/{id}/matches/feedback")
    Map<String, List<FeedbackMark>> achievementMarks(@PathVariable String id, HttpServletRequest request) {
        return service.marksOf(MatchList.ACHIEVEMENTS_FOR_DEMAND, id, viewers.resolve(request));
    }

    @GetMapping("/api/demands/{id}/experts/feedback")
    Map<String, List<FeedbackMark>> expertMarks(@PathVariable String id, HttpServletRequest request) {
        return service.marksOf(MatchList.EXPERTS_FOR_DEMAND, id, viewers.resolve(request));
    }

    @GetMapping("/api/achievements/{id}/matches/feedback")
    Map<String, List<FeedbackMark>> demandMarks(@PathVariable String id, HttpServletRequest request) {
        return service.marksOf(MatchList.DEMANDS_FOR_ACHIEVEMENT, id, viewers.resolve(request));
    }

    @GetMapping("/api/stats/feedback")
    FeedbackCounts counts(HttpServletRequest request) {
        return service.counts(viewers.resolve(request));
    }
}
