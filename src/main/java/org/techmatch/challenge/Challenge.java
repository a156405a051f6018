package org.techmatch.challenge;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.techmatch.catalog.CatalogRecord;
import org.techmatch.catalog.Indicator;
import org.techmatch.catalog.Texts;
import org.techmatch.vocabulary.Industry;
import org.techmatch.vocabulary.TechField;

/**
 * A 揭榜挂帅 challenge made from one or more demands by a district office. Immutable: a transition, an award
 * or a milestone review stores a new version, so two concurrent changes cannot both win.
 *
 * @param demandIds            the demands the challenge was made from (DEM-…)
 * @param budgetWan            the project's total budget in 万元 (enterprise and government together)
 * @param support              the government's part and its form; milestones release shares of it
 * @param awardedApplicationId the application that won (挂帅), set by the award transition
 * @param awardee              its organisation, kept here so permission checks need not read the application
 */
public record Challenge(
        String id,
        long version,
        ChallengeStatus status,
        String title,
        String problem,
        List<String> demandIds,
        List<Indicator> indicators,
        TechField techField,
        Industry industry,
        Double budgetWan,
        Support support,
        LocalDate applicationDeadline,
        String eligibility,
        LocalDate projectStart,
        LocalDate projectEnd,
        List<ChallengeMilestone> milestones,
        List<Criterion> criteria,
        Office office,
        String awardedApplicationId,
        String awardee,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<TransitionRecord> transitions,
        Instant createdAt,
        Instant updatedAt) implements CatalogRecord {

    public Challenge {
        title = Texts.clean(title);
        problem = Texts.clean(problem);
        eligibility = Texts.clean(eligibility);
        demandIds = Texts.cleanAll(demandIds);
        indicators = Texts.orEmpty(indicators);
        milestones = Texts.orEmpty(milestones);
        criteria = Texts.orEmpty(criteria);
        transitions = Texts.orEmpty(transitions);
    }

    /** The district of the office that runs the challenge, or null (a draft without an office). */
    public String districtName() {
        return office == null || office.district() == null ? null : office.district().name();
    }

    Challenge identified(String newId, long newVersion, ChallengeStatus newStatus, Instant created, Instant updated) {
        return new Challenge(newId, newVersion, newStatus, title, problem, demandIds, indicators, techField, industry,
                budgetWan, support, applicationDeadline, eligibility, projectStart, projectEnd, milestones, criteria,
                office, awardedApplicationId, awardee, transitions, created, updated);
    }

    /** The editable content of edited applied to this challenge; status, award, progress and log are kept. */
    Challenge edited(Challenge edited) {
        return new Challenge(id, version, status, edited.title, edited.problem, edited.demandIds, edited.indicators,
                edited.techField, edited.industry, edited.budgetWan, edited.support, edited.applicationDeadline,
                edited.eligibility, edited.projectStart, edited.projectEnd,
                edited.milestones.stream().map(ChallengeMilestone::planOnly).toList(), edited.criteria, edited.office,
                awardedApplicationId, awardee, transitions, createdAt, updatedAt);
    }

    /** A new draft from submitted content: nothing of a lifecycle comes in from outside. */
    static Challenge draftOf(Challenge submitted, List<Criterion> defaultCriteria) {
        Challenge blank = new Challenge(null, 0, ChallengeStatus.DRAFT, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null);
        return blank.edited(submitted).withDefaultCriteria(defaultCriteria);
    }

    /** Fills what the draft leaves open from the demand it was made from. */
    Challenge classifiedLike(TechField field, Industry ind) {
        return new Challenge(id, version, status, title, problem, demandIds, indicators,
                techField == null ? field : techField, industry == null ? ind : industry, budgetWan, support,
                applicationDeadline, eligibility, projectStart, projectEnd, milestones, criteria, office,
                awardedApplicationId, awardee, transitions, createdAt, updatedAt);
    }

    Challenge withOffice(Office newOffice) {
        return new Challenge(id, version, status, title, problem, demandIds, indicators, techField, industry,
                budgetWan, support, applicationDeadline, eligibility, projectStart, projectEnd, milestones, criteria,
                newOffice, awardedApplicationId, awardee, transitions, createdAt, updatedAt);
    }

    Challenge moved(TransitionRecord entry) {
        List<TransitionRecord> log = new ArrayList<>(transitions);
        log.add(entry);
        return new Challenge(id, version, entry.to(), title, problem, demandIds, indicators, techField, industry,
                budgetWan, support, applicationDeadline, eligibility, projectStart, projectEnd, milestones, criteria,
                office, awardedApplicationId, awardee, log, createdAt, updatedAt);
    }

    Challenge awardedTo(String applicationId, String organisation) {
        return new Challenge(id, version, status, title, problem, demandIds, indicators, techField, industry,
                budgetWan, support, applicationDeadline, eligibility, projectStart, projectEnd, milestones, criteria,
                office, applicationId, organisation, transitions, createdAt, updatedAt);
    }

    Challenge withMilestone(int index, ChallengeMilestone milestone) {
        List<ChallengeMilestone> all = new ArrayList<>(milestones);
        all.set(index, milestone);
        return new Challenge(id, version, status, title, problem, demandIds, indicators, techField, industry,
                budgetWan, support, applicationDeadline, eligibility, projectStart, projectEnd, all, criteria, office,
                awardedApplicationId, awardee, transitions, createdAt, updatedAt);
    }

    Challenge withDefaultCriteria(List<Criterion> defaults) {
        return criteria.isEmpty() ? withCriteria(defaults) : this;
    }

    private Challenge withCriteria(List<Criterion> newCriteria) {
        return new Challenge(id, version, status, title, problem, demandIds, indicators, techField, industry,
                budgetWan, support, applicationDeadline, eligibility, projectStart, projectEnd, milestones, newCriteria,
                office, awardedApplicationId, awardee, transitions, createdAt, updatedAt);
    }

    /** What anyone may read of a published challenge: no transition log, no milestone evidence or reviews. */
    Challenge publicView() {
        return new Challenge(id, version, status, title, problem, demandIds, indicators, techField, industry,
                budgetWan, support, applicationDeadline, eligibility, projectStart, projectEnd,
                milestones.stream().map(ChallengeMilestone::withoutHistory).toList(), criteria, office,
                awardedApplicationId, awardee, List.of(), createdAt, updatedAt);
    }

    /** The government money released so far by passed milestones, in 万元. */
    public double releasedWan() {
        return milestones.stream().mapToDouble(m -> m.releasedWan() == null ? 0 : m.releasedWan()).sum();
    }
}
