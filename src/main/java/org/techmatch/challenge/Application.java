package org.techmatch.challenge;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.techmatch.catalog.CatalogRecord;
import org.techmatch.catalog.Contact;
import org.techmatch.catalog.Organisation;
import org.techmatch.catalog.Team;
import org.techmatch.catalog.Texts;
import org.techmatch.vocabulary.Maturity;

/**
 * A 揭榜 application: a university, institute or firm bids to solve a challenge with its team, linked
 * achievements, technical approach, price and schedule. Reviews are kept with the application they score.
 *
 * @param priceWan the price asked for the project, in 万元
 * @param schedule the proposed timetable in the applicant's words
 */
public record Application(
        String id,
        long version,
        String challengeId,
        ApplicationStatus status,
        String title,
        Organisation applicant,
        Team team,
        Contact contact,
        List<String> achievementIds,
        String approach,
        Maturity maturity,
        Double priceWan,
        String schedule,
        List<Review> reviews,
        Instant createdAt,
        Instant updatedAt) implements CatalogRecord {

    public Application {
        challengeId = Texts.clean(challengeId);
        title = Texts.clean(title);
        approach = Texts.clean(approach);
        schedule = Texts.clean(schedule);
        achievementIds = Texts.cleanAll(achievementIds);
        reviews = Texts.orEmpty(reviews);
    }

    Application identified(String newId, long newVersion, ApplicationStatus newStatus, Instant created,
                           Instant updated) {
        return new Application(newId, newVersion, challengeId, newStatus, title, applicant, team, contact,
                achievementIds, approach, maturity, priceWan, schedule, reviews, created, updated);
    }

    /** A new submission to challengeId: no reviews come in from outside. */
    Application submittedTo(String challenge) {
        return new Application(null, 0, challenge, ApplicationStatus.SUBMITTED, title, applicant, team, contact,
                achievementIds, approach, maturity, priceWan, schedule, List.of(), null, null);
    }

    /** Adds a review, replacing an earlier one by the same reviewer account (a re-score): one per reviewer. */
    Application reviewedBy(Review review) {
        List<Review> all = new ArrayList<>(reviews.stream().filter(r -> !r.sameReviewerAs(review)).toList());
        all.add(review);
        return new Application(id, version, challengeId, status, title, applicant, team, contact, achievementIds,
                approach, maturity, priceWan, schedule, all, createdAt, updatedAt);
    }

    Application withContact(Contact shown) {
        return new Application(id, version, challengeId, status, title, applicant, team, shown, achievementIds,
                approach, maturity, priceWan, schedule, reviews, createdAt, updatedAt);
    }

    Application withReviews(List<Review> visible, ApplicationStatus shownStatus) {
        return new Application(id, version, challengeId, shownStatus, title, applicant, team, contact,
                achievementIds, approach, maturity, priceWan, schedule, visible, createdAt, updatedAt);
    }

    /** The mean of the reviewers' weighted scores, or null before any review. */
    Double averageScore() {
        return reviews.isEmpty() ? null : reviews.stream().mapToDouble(Review::weightedScore).average().orElseThrow();
    }

    String applicantName() {
        return applicant == null ? null : applicant.name();
    }
}
