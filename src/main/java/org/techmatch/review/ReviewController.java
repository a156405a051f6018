package org.techmatch.review;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.techmatch.catalog.ValidationException;
import org.techmatch.web.ViewerResolver;

/** The review queue and the reviewer's decisions (managers and officials; the district rule is the service's). */
@RestController
class ReviewController {
    private final ReviewService reviews;
    private final ViewerResolver viewers;

    ReviewController(ReviewService reviews, ViewerResolver viewers) {
        this.reviews = reviews;
        this.viewers = viewers;
    }

    /** POST bodies: the version decided on (the record may have been resubmitted meanwhile) and the reason. */
    record Decision(Long version, String reason) {
        long requiredVersion() {
            if (version == null) {
                throw ValidationException.of("version", null, "必填：审核时看到的版本号（记录可能已被修改）");
            }
            return version;
        }
    }

    @GetMapping("/api/reviews")
    List<ReviewService.QueueItem> queue(HttpServletRequest request) {
        return reviews.queue(viewers.resolve(request));
    }

    @PostMapping("/api/reviews/{library}/{id}/publish")
    ReviewNote publish(@PathVariable String library, @PathVariable String id, @RequestBody Decision body,
                       HttpServletRequest request) {
        return reviews.decide(library, id, body.requiredVersion(), true, null, viewers.resolve(request));
    }

    @PostMapping("/api/reviews/{library}/{id}/return")
    ReviewNote returnWithReason(@PathVariable String library, @PathVariable String id, @RequestBody Decision body,
                                HttpServletRequest request) {
        return reviews.decide(library, id, body.requiredVersion(), false, body.reason(), viewers.resolve(request));
    }
}
