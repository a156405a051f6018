package org.techmatch.challenge;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.techmatch.catalog.Texts;

/**
 * One stage of a challenge project (揭榜制+里程碑): the plan (what must be shown, by when, which share of the
 * support it releases) and its progress (evidence submitted, reviews, the amount released when it passed).
 */
public record ChallengeMilestone(String name, String deliverable, LocalDate dueDate, Double sharePercent,
                                 MilestoneStatus status, Double releasedWan, LocalDate passedOn,
                                 @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Evidence> evidence,
                                 @JsonInclude(JsonInclude.Include.NON_EMPTY) List<MilestoneReview> reviews) {
    public ChallengeMilestone {
        name = Texts.clean(name);
        deliverable = Texts.clean(deliverable);
        status = status == null ? MilestoneStatus.PENDING : status;
        evidence = Texts.orEmpty(evidence);
        reviews = Texts.orEmpty(reviews);
    }

    /** The plan only, progress reset: how a milestone enters a new challenge. */
    ChallengeMilestone planOnly() {
        return new ChallengeMilestone(name, deliverable, dueDate, sharePercent, MilestoneStatus.PENDING, null, null,
                List.of(), List.of());
    }

    ChallengeMilestone submitted(Evidence submission) {
        List<Evidence> all = new ArrayList<>(evidence);
        all.add(submission);
        return new ChallengeMilestone(name, deliverable, dueDate, sharePercent, MilestoneStatus.SUBMITTED, releasedWan,
                passedOn, all, reviews);
    }

    ChallengeMilestone reviewed(MilestoneReview review, Double released, LocalDate passed) {
        List<MilestoneReview> all = new ArrayList<>(reviews);
        all.add(review);
        MilestoneStatus next = switch (review.outcome()) {
            case PASSED -> MilestoneStatus.PASSED;
            case REWORK -> MilestoneStatus.REWORK;
            case FAILED -> MilestoneStatus.FAILED;
        };
        return new ChallengeMilestone(name, deliverable, dueDate, sharePercent, next, released, passed, evidence, all);
    }

    /** The public form: the plan and where it stands, without the evidence and the reviewers' words. */
    ChallengeMilestone withoutHistory() {
        return new ChallengeMilestone(name, deliverable, dueDate, sharePercent, status, releasedWan, passedOn,
                List.of(), List.of());
    }

    /** Not passed and past its due date (Beijing calendar day). */
    @JsonIgnore
    public boolean isOverdue(LocalDate today) {
        return status != MilestoneStatus.PASSED && status != MilestoneStatus.FAILED && dueDate != null
                && dueDate.isBefore(today);
    }

    /** Passed after its due date, or not passed and overdue: what "on time" statistics count against. */
    @JsonIgnore
    public boolean isLate(LocalDate today) {
        return status == MilestoneStatus.PASSED ? passedOn != null && dueDate != null && passedOn.isAfter(dueDate)
                : isOverdue(today);
    }
}
